import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { confirmedOutcome } from './reviewSeed';

/*
 * Jay has one goal for football and two hopes with no goal yet. "no thats all for that one" at "one more
 * goal?" ends the goals for football only: the next hope's goals come next, never the end of the outcomes.
 */

const HOPES: SeedHope[] = [
  { text: 'play football for a team', theme: 'health_and_wellbeing', needs: ['I get tired fast'] },
  { text: 'get a job in a bike shop', theme: 'learning_and_work', needs: ['I find reading hard'] },
  { text: 'go to town with my mates', theme: 'friends_and_community', needs: ['buses are scary'] },
];
const GOAL = 'By July 2027, I will train with a team once a week.';
const jay = {
  today: '2026-12-03', name: 'Jay', age: 15, schoolYear: 10, hopes: HOPES,
  change: (d: Parameters<typeof confirmedOutcome>[0]) => confirmedOutcome(d, 0, GOAL, { timeframe: { phrase: 'by July 2027', date: '2027-07-31' } }).draft,
  at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
};

describe('"no more for this hope" at "one more goal?" with more hopes to come', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'no thats all for that one',
    'thats it for that hope',
    'nothing else for football',
    'no more for this one',
    'done with that one',
    'nah thats all 4 that one',
    'no im done with the football one',
    'thats enough for this hope',
  ])('"%s" goes on to the next hope\'s goals, keeping the football goal', async (typed) => {
    const started = await startWith(jay);
    chat = started.chat;
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[1]!.id);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual([GOAL]);
  });

  it.each(['no thats all', 'no im done', 'no'])('"%s" alone is still a no to more goals, never a new step', async (typed) => {
    chat = (await startWith(jay)).chat;
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.outcomeStep);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual([GOAL]);
  });
});
