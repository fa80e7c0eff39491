import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { withConfirmedOutcomes } from './reviewSeed';

/*
 * At "Do you want to add another outcome?", a remark or complaint before the yes is not the next
 * outcome's words. "ye one more the bus one", "yes the X one" and "another for X" name a hope: the
 * outcome for that hope starts, and nothing typed is kept.
 */

const HOPES: SeedHope[] = [
  { text: 'get a job at the garage', theme: 'learning_and_work', needs: ['i find forms hard'] },
  { text: 'get the bus to college on my own', theme: 'independent_living', needs: ['i get lost'] },
  { text: 'see my mates at weekends', theme: 'friends_and_community', needs: [] },
];

const seed = {
  today: '2026-12-03',
  name: 'Kai',
  age: 16,
  schoolYear: 11,
  hopes: HOPES,
  change: (d: Parameters<typeof withConfirmedOutcomes>[0]) => {
    const done = withConfirmedOutcomes(d, () => ({ statement: 'By July 2027, I will fill in a job form with help.', timeframe: { phrase: 'by July 2027', date: '2027-07-23' } }));
    return { ...done, outcomes: done.outcomes.slice(0, 1) };
  },
  at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
};

describe('a remark, then a yes naming a hope, at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['wait u didnt change the job bit. whatever. ye one more the bus one', 1],
    ['ye one more the bus one', 1],
    ['yes the bus one', 1],
    ['another for the bus', 1],
    ['ugh fine. yeah another for my mates', 2],
  ])('"%s" starts the outcome for that hope and keeps none of the words', async (typed, index) => {
    const started = await startWith(seed);
    chat = started.chat;
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[index]!.id);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(JSON.stringify(draft)).not.toMatch(/whatever|didnt change|one more|another for|ugh/);
  });
});
