import { afterEach, describe, expect, it } from 'vitest';
import { DataAskedText } from '../../dialogs/dataAsked';
import { AudienceText } from '../../dialogs/reviewAudience';
import { SafeguardingText } from '../../dialogs/safeguardingText';
import { addFlag, setKeyWorker, type Draft } from '../../src/domain/draft';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { outcomesOf } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/* Dan, 22, at the read-back, asks who sees his plan and how to show it, and puts a date right. */

const t = createWords().forMode('standard');

const dan = (more: (draft: Draft) => Draft = (d) => d) =>
  danAtReview([{ statement: 'By Christmas (by December 2027), I will cook my own tea every day in the flat.', timeframe: { phrase: 'by Christmas', date: '2027-12-18' } }], more);

const shared = (d: Draft) => setKeyWorker(d, { invitationCode: 'ABCD-1234', shared: true });
const withCode = (d: Draft) => setKeyWorker(d, { invitationCode: 'ABCD-1234', shared: false });
const flagged = (d: Draft) => addFlag(d, { category: 'bullying', at: new Date('2026-12-02T09:30:00Z'), step: 'aboutMe.safe' });

describe('who sees the plan, and how to show it, asked at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const cases: Array<[string, (d: Draft) => Draft, string[], string[]]> = [
    ['can karen see it. and my dad', (d) => d, [AudienceText.whoSeesNoCode, AudienceText.codeAnyTime], [SafeguardingText.whoSeesNoLead]],
    ['who reads the plan?', (d) => d, [AudienceText.whoSeesNoCode], []],
    ['can my teacher see it', shared, [AudienceText.whoSeesShared], [AudienceText.whoSeesNoCode, AudienceText.codeAnyTime]],
    ['will mrs patel read my plan', withCode, [AudienceText.whoSeesCode], [AudienceText.codeAnyTime]],
    ['can karen see it', flagged, [SafeguardingText.whoSeesNoLead], [AudienceText.whoSeesNoCode]],
    ['how do i show karen', (d) => d, [AudienceText.howSharedNoCode, AudienceText.codeAnyTime], []],
    ['how do I send it to the SENCo?', shared, [AudienceText.howSharedShared, AudienceText.howSharedDownload], [AudienceText.codeAnyTime]],
    ['how do i send it to the senco', withCode, [AudienceText.howSharedCode, AudienceText.howSharedDownload], []],
    ['can he see it', (d) => d, [AudienceText.whoSeesNoCode], []],
    ['how long do you keep it', (d) => d, [DataAskedText.kept, DataAskedText.deleteAnyTime], [AudienceText.whoSeesNoCode]],
    ['how long do you keep it? can my dad see it?', shared, [DataAskedText.kept, AudienceText.whoSeesShared], []],
  ];

  it.each(cases)('"%s"', async (typed, more, says, never) => {
    ({ chat } = await startWith(dan(more)));
    const replies = await chat.say(typed);
    const said = saidIn(replies);
    for (const key of says) expect(said).toContain(t(key));
    for (const key of never) expect(said).not.toContain(t(key));
    expect(said).not.toMatch(/Add this hope|didn't catch/i);
    expect(outcomesOf(replies.at(-1)!)?.step).toBe('review.summary');
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });
});

describe('asked at the end, once the copies are given', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['how do i show my dad', AudienceText.howSharedDone, AudienceText.howSharedNoCode],
    ['can my teacher see it', AudienceText.whoSeesDone, AudienceText.whoSeesNoCode],
  ])('"%s" says the copies above, never "tap Looks good" or "at the end"', async (typed, says, never) => {
    ({ chat } = await startWith({ ...dan(), at: () => ({ stage: 'review', step: 'review.done' }) }));
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toContain(t(says));
    expect(saidIn(replies)).not.toContain(t(never));
    expect(chat.step).toBe('review.done');
  });
});

describe('a date put right at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"christmas is 25 december not 18" offers that goal the 25th, and a yes changes it', async () => {
    ({ chat } = await startWith(dan()));
    const replies = await chat.say('christmas is 25 december not 18');
    expect(outcomesOf(replies.at(-1)!)?.step).toBe('review.change');
    expect(saidIn(replies)).toContain('25 December 2027');
    await chat.say('yes');
    const draft = await chat.draft();
    expect(draft?.outcomes[0]?.timeframe?.date).toBe('2027-12-25');
    expect(draft?.outcomes[1]?.timeframe?.date).toBe('2027-12-02');
  });

  it('"christmas is 25 december not 18" when "by Christmas" is the 20th: that goal is still offered the 25th', async () => {
    ({ chat } = await startWith(dan((d) => ({ ...d, outcomes: d.outcomes.map((o, i) => (i === 0 ? { ...o, timeframe: { phrase: 'by Christmas', date: '2027-12-20' } } : o)) }))));
    await chat.say('christmas is 25 december not 18');
    expect(chat.step).toBe('review.change');
    await chat.say('yes');
    expect((await chat.draft())?.outcomes[0]?.timeframe?.date).toBe('2027-12-25');
  });

  it('"its the 5th not the 9th" with no goal on the 9th changes nothing', async () => {
    ({ chat } = await startWith(dan()));
    await chat.say('its the 5th not the 9th');
    expect(chat.step).toBe('review.summary');
    expect((await chat.draft())?.outcomes.map((o) => o.timeframe?.date)).toEqual(['2027-12-18', '2027-12-02']);
  });

  it('"no" leaves the date as it was', async () => {
    ({ chat } = await startWith(dan()));
    await chat.say('its the 25th not the 18th');
    await chat.say('no');
    expect((await chat.draft())?.outcomes[0]?.timeframe?.date).toBe('2027-12-18');
  });
});

describe('left alone at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['looks good', 'review.done'],
    ['change the date', 'review.change'],
  ])('"%s" goes on as before', async (typed, step) => {
    ({ chat } = await startWith(dan()));
    const replies = await chat.say(typed);
    expect(outcomesOf(replies.at(-1)!)?.step).toBe(step);
    expect(saidIn(replies)).not.toContain(t(AudienceText.whoSeesNoCode));
  });

  it.each(['my dad can see me cook every day', 'show karen how to cook pasta'])('"%s" is still offered as a hope', async (typed) => {
    ({ chat } = await startWith(dan()));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/Add this hope/i);
    expect(said).not.toContain(t(AudienceText.whoSeesNoCode));
  });
});
