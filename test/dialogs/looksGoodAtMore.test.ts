import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/* "looks good", "looks fine", "thats grand" at "Would you like to add another?": no more, what is there is approved, and the journey goes on. */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const HOPE = { text: 'get a job', theme: 'learning_and_work' as const, needs: ['i get nervous talking to people'] };
const AT = {
  [Step.hopesMore]: { stage: 'hopes', step: Step.hopesMore },
  [Step.needsMore]: { stage: 'needs', step: Step.needsMore },
} as const;

describe.each([Step.hopesMore, Step.needsMore])('at %s', (step) => {
  it.each(['looks good', 'looks fine', 'thats grand', 'that looks good', 'looks gd', 'all looks fine to me', 'grand', 'thats fine'])('"%s" is no more, and nothing new is kept', async (said) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jade', age: 19, hopes: [HOPE], at: (d) => ({ ...AT[step], topic: d.aspirations[0]!.id }) }));
    const before = await chat!.draft();
    await chat!.say(said);
    const after = await chat!.draft();
    expect(chat!.step).not.toBe(step);
    expect(after?.aspirations.map((a) => a.text)).toEqual(before?.aspirations.map((a) => a.text));
    expect(after?.needs.map((n) => n.text)).toEqual(before?.needs.map((n) => n.text));
  });
});

describe('at outcome.another', () => {
  it.each(['looks good', 'looks fine', 'thats grand', 'that looks good'])('"%s" is no more outcomes, and the journey goes on', async (said) => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Jade',
      age: 19,
      hopes: [HOPE],
      change: (d) => withConfirmedOutcomes(d, () => ({ statement: 'By July 2027, I will work in a cafe two days a week.', timeframe: { phrase: 'by july 2027', date: '2027-07-23' }, measure: 'i get paid' })),
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
    }));
    await chat!.say(said);
    expect(chat!.step).not.toBe(Step.outcomeAnother);
    expect(chat!.step).not.toBe(Step.outcomeStep);
    expect((await chat!.draft())?.outcomes).toHaveLength(1);
  });
});

describe('near-misses at hopes.more', () => {
  it.each([['yes, learn to cook so it looks good', 2], ['looks like i want to learn to drive', 2]])('"%s" still adds a hope', async (said, count) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jade', age: 19, hopes: [HOPE], at: () => ({ stage: 'hopes', step: Step.hopesMore }) }));
    await chat!.say(said);
    expect((await chat!.draft())?.aspirations.length).toBe(count);
  });
});
