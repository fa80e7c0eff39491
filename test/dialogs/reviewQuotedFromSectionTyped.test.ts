import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * A foster carer at the review quotes words to take out of a hard thing, says where they are ("from
 * what makes things hard") and adds a remark ("ill talk to his social worker about that bit"). Only
 * the quoted words go, after a yes; an "ok" at the start never finishes the plan. Just after "Your
 * draft is ready", "wait i didnt say it was done!" opens the plan again.
 */
const CONTACT = 'he gets upset and angry after contact with his mum';
const KAI: Seed = parentSeed(
  { name: 'Kai', age: 10, schoolYear: 6 },
  [{ text: 'Kai to feel settled at his new school', theme: 'learning_and_work', needs: [CONTACT, 'the new school is big'] }],
  {
    change: (d) => withConfirmedOutcomes(d, () => ({ statement: 'By July 2027, Kai will walk to class on his own.', timeframe: { phrase: 'by july 2027', date: '2027-07-23' }, measure: 'his teacher sees it' })),
    at: atReviewSummary,
  },
);

describe('quoted words taken out of a named part at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const typed of [
    "ok well take out the bit about 'after contact with his mum' from what makes things hard. ill talk to his social worker about that bit",
    "please remove 'after contact with his mum' from the hard things",
    "can u take 'after contact with his mum' out of what makes it hard",
    'delete the words "after contact with his mum" in the hard bit, i\'ll sort that with his sw',
    "right, cross out the part that says 'after contact with his mum' in the hard things please",
  ]) {
    it(`"${typed}" takes out only those words after a yes`, async () => {
      ({ chat } = await startWith(KAI));
      const asked = saidIn(await chat.say(typed));
      expect(asked).not.toMatch(/Your draft is ready/);
      expect(asked).toMatch(/after contact with his mum/);
      await chat.say('yes');
      const draft = (await chat.draft())!;
      expect(draft.status).toBe('in_progress');
      expect(draft.needs.map((n) => n.text)).toEqual([expect.stringMatching(/^he gets upset and angry\.?$/i), 'the new school is big']);
    });
  }

  it('"wait i didnt say it was done! u didnt take out the contact with his mum bit" opens the plan again and offers it', async () => {
    ({ chat } = await startWith(KAI));
    await chat.say('looks good');
    expect(chat.step).toBe(Step.reviewDone);
    expect((await chat.draft())!.status).toBe('ready_for_review');
    const reply = saidIn(await chat.say('wait i didnt say it was done! u didnt take out the contact with his mum bit'));
    expect(reply).toMatch(/still open/);
    expect(reply).not.toMatch(/come back and change your draft/);
    expect(reply).toMatch(/contact with his mum/);
    expect((await chat.draft())!.status).toBe('in_progress');
    await chat.say('yes');
    expect((await chat.draft())!.needs.map((n) => n.text).join(' | ')).not.toMatch(/contact with his mum/);
  });

  for (const typed of ["i'm not finished", 'hang on i havent finished yet', 'no im not done']) {
    it(`"${typed}" after the end asks what to change, never says goodbye`, async () => {
      ({ chat } = await startWith(KAI));
      await chat.say('looks good');
      const reply = saidIn(await chat.say(typed));
      expect(reply).toMatch(/still open/);
      expect(reply).not.toMatch(/come back and change your draft/);
      expect(chat.step).toBe(Step.reviewChange);
      expect((await chat.draft())!.status).toBe('in_progress');
    });
  }

  it('"ok im done" after the end still finishes', async () => {
    ({ chat } = await startWith(KAI));
    await chat.say('looks good');
    const reply = saidIn(await chat.say('ok im done'));
    expect(reply).not.toMatch(/still open/);
    expect((await chat.draft())!.status).toBe('ready_for_review');
  });
});

describe('a disclosure beside "not finished" is still heard', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"wait im not finished. his mums boyfriend hits him when he goes there" is flagged, never only reopened', async () => {
    ({ chat } = await startWith(KAI));
    await chat.say('looks good');
    await chat.say('wait im not finished. his mums boyfriend hits him when he goes there');
    const draft = (await chat.draft())!;
    expect(draft.flags.map((f) => f.category)).toContain('harm_from_others');
  });
});
