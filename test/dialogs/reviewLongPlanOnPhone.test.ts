import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { changeableItems } from '../../dialogs/reviewItems';
import { addAboutMe, addProvision, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * A plan of 33 parts, changed on a phone: the parts to pick from come as a short index (which
 * numbers are the hopes, the outcomes ...), never one message of 33 lines; "list outcomes", "show
 * hopes" and "list all" list them under their headings, a few lines a message; and a number typed still
 * picks the part with that number in the whole plan.
 */
const HOPES = ['get a paid job', 'live in my own flat', 'be healthy', 'see my friends more', 'learn to drive'];
const SEED: Seed = {
  today: '2026-12-02',
  name: 'Jordan',
  age: 19,
  hopes: HOPES.map((text, i) => ({ text, theme: 'independent_living' as const, needs: [`hard thing ${i + 1} one`, `hard thing ${i + 1} two`] })),
  change: (d: Draft) => {
    let next = withConfirmedOutcomes(d, (i) => ({ statement: `By July 2027, I will do step ${i + 1} towards ${HOPES[i]} on my own every week.`, timeframe: { phrase: 'by july 2027', date: '2027-07-31' }, measure: 'my job coach sees it' }));
    for (const o of next.outcomes) next = addProvision(addProvision(next, o.id, 'a job coach once a week', 'education').draft, o.id, 'travel training', 'education').draft;
    for (const s of ['i am kind', 'i am good with computers', 'i like music']) next = addAboutMe(next, 'strengths', s);
    return next;
  },
  at: atReviewSummary,
};

const typedLists = (chat: Transcript, from: number): string[] =>
  chat.all.slice(from).filter((a) => (a.channelData as { outcomes?: { partsList?: boolean } } | undefined)?.outcomes?.partsList).map((a) => a.text ?? '');
const lineCount = (text: string) => text.split('\n').length;

describe('a long plan changed on a phone', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the pick starts with a short index, and "list outcomes" / "list all" list parts under headings, a few lines a message', async () => {
    ({ chat } = await startWith(SEED));
    const items = changeableItems((await chat.draft())!);
    expect(items.length).toBeGreaterThan(30);
    let from = chat.all.length;
    await chat.say('i want to change something');
    expect(chat.step).toBe(Step.reviewChange);
    const index = typedLists(chat, from);
    expect(index).toHaveLength(1);
    expect(lineCount(index[0]!)).toBeLessThanOrEqual(8);
    from = chat.all.length;
    await chat.say('list outcomes');
    expect(chat.step).toBe(Step.reviewChange);
    const outcomes = typedLists(chat, from);
    const outcomeNumber = items.findIndex((i) => i.text.startsWith('By July 2027, I will do step 2')) + 1;
    expect(outcomes.join('\n')).toContain(`${outcomeNumber}. "I will do step 2`);
    expect(outcomes.join('\n')).not.toContain('"get a paid job"');
    from = chat.all.length;
    await chat.say('list all');
    const all = typedLists(chat, from);
    expect(all.length).toBeGreaterThan(2);
    for (const text of all) expect(lineCount(text)).toBeLessThanOrEqual(13);
    expect(all.join('\n').match(/^\d+\. /gm)).toHaveLength(items.length);
  });

  it('"list hope 2" lists that hope, what is hard about it and its outcome, numbered as the whole plan', async () => {
    ({ chat } = await startWith(SEED));
    const items = changeableItems((await chat.draft())!);
    await chat.say('i want to change something');
    const from = chat.all.length;
    await chat.say('list hope 2');
    expect(chat.step).toBe(Step.reviewChange);
    const listed = typedLists(chat, from).join('\n');
    const numberOf = (start: string) => items.findIndex((i) => i.text.startsWith(start)) + 1;
    expect(listed).toContain('live in my own flat');
    expect(listed).toContain(`${numberOf('hard thing 2 one')}. "hard thing 2 one"`);
    expect(listed).toContain(`${numberOf('By July 2027, I will do step 2')}. "I will do step 2`);
    expect(listed).not.toContain('hard thing 1 one');
    expect(listed).not.toContain('step 3');
  });

  it('"8" typed after the lists picks part 8 of the whole plan', async () => {
    ({ chat } = await startWith(SEED));
    const eighth = changeableItems((await chat.draft())!)[7]!;
    await chat.say('i want to change something');
    await chat.say('show outcomes');
    await chat.say('8');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain(eighth.text);
  });

  it('"change 8 to ..." at the read-back still changes part 8', async () => {
    ({ chat } = await startWith(SEED));
    const eighth = changeableItems((await chat.draft())!)[7]!;
    await chat.say('change 8 to it is hard to get up in the morning');
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    const texts = changeableItems((await chat.draft())!).map((i) => i.text);
    expect(texts).toContain('it is hard to get up in the morning');
    expect(texts).not.toContain(eighth.text);
  });
});
