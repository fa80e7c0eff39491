import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';
import { confirmedOutcome } from './reviewSeed';

/* At "one more goal?", Dev picks a hope by a few of its words; the step question is asked for it and nothing is kept yet. */

const HOPES: SeedHope[] = [
  { text: 'job in kichen', theme: 'learning_and_work', needs: [] },
  { text: 'live in flat wiv sam', theme: 'independent_living', needs: [] },
  { text: 'watch footbal wiv priya', theme: 'friends_and_community', needs: [] },
  { text: 'quiet places not noisy', theme: 'health_and_wellbeing', needs: [] },
];
const dev = { today: '2026-12-03', name: 'Dev', age: 16, schoolYear: 11, hopes: HOPES, at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }) };

describe('a hope picked by its words at "one more goal?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['yeh footbal wiv priya', 2],
    ['one more flat', 1],
  ])('"%s" asks the step for that hope, and keeps no goal', async (typed, index) => {
    const started = await startWith(dev);
    chat = started.chat;
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[index]!.id);
    // The question quotes that hope, text-speak spelled out ("watch footbal wiv priya" reads "Watch football with priya").
    const friend = started.seeded.aspirations[index]!.text.split(' ').at(-1)!;
    expect(chat.lastQuestion?.activity.text).toMatch(new RegExp(`"[^"]*\\b${friend}\\b[^"]*"`, 'i'));
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(draft.aspirations).toHaveLength(4);
  });
});

describe('"one more" before a new thing at "one more goal?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"one more swimming" asks about "swimming", never "more swimming"', async () => {
    ({ chat } = await startWith(dev));
    await chat.say('one more swimming');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/more swimming/);
    expect(JSON.stringify(await chat.draft())).not.toMatch(/more swimming/);
  });
});

describe('"for the X one" at "one more goal?" picks the hope by its words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const grace = {
    today: '2026-12-03', who: 'parent_carer' as const, name: 'Oliver', age: 4, schoolYear: 0,
    hopes: [
      { text: 'to be able to tell us what he wants', theme: null, needs: [] },
      { text: 'to settle into Reception', theme: null, needs: [] },
      { text: 'to be able to say when he is hurt or sad', theme: null, needs: [] },
      { text: 'for him to be happy and as independent as he can be with his dressing and the toilet', theme: null, needs: [] },
    ],
    at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
  };

  it('"Yes, one more please, for the independent one." asks about the happy and as independent hope, quoting it', async () => {
    const started = await startWith(grace);
    chat = started.chat;
    await chat.say('Yes, one more please, for the independent one.');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[3]!.id);
    expect(chat.lastQuestion?.activity.text).toMatch(/happy and as independent/i);
    expect(chat.lastQuestion?.activity.text).not.toMatch(/"the independent/i);
    expect((await chat.draft())!.outcomes).toEqual([]);
  });
});

describe('"which hope next?" offers every hope with no outcome yet', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('hopes with no hard thing written down are offered too', async () => {
    const started = await startWith({
      today: '2026-12-03', who: 'parent_carer' as const, name: 'Oliver', age: 4, schoolYear: 0,
      hopes: [
        { text: 'to be able to tell us what he wants', theme: null, needs: ['he has very few words'] },
        { text: 'to use the toilet at school', theme: null, needs: ['he does not tell us when he needs to go'] },
        { text: 'to settle into Reception', theme: null, needs: [] },
        { text: 'to be happy and independent', theme: null, needs: [] },
      ],
      change: (d) => confirmedOutcome(d, 0, 'By the end of Reception (July 2027), Oliver will ask for what he wants.', { timeframe: { phrase: 'by the end of Reception', date: '2027-07-22' } }).draft,
      at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
    });
    chat = started.chat;
    const asked = saidIn(await chat.say('yes please'));
    expect(asked).toMatch(/toilet/);
    expect(asked).toMatch(/settle into Reception/);
    expect(asked).toMatch(/happy and independent/);
    expect(asked).not.toMatch(/"to be able to tell us/);
  });
});
