import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, walkTo, type SeedHope } from './journeySeed';

/*
 * Leon has six hopes and one outcome (for the IT hope). "Would you like to add another outcome?" says
 * it can be for this hope or another one; "no thats all" then names the hopes with no outcome and asks
 * once whether to make one, never goes straight to the review.
 */
const HOPES: SeedHope[] = [
  { text: 'get a job in IT', theme: 'learning_and_work', needs: ['i get stuck on forms'] },
  { text: 'manage my own money', theme: 'independent_living', needs: ['i spend it all at once'] },
  { text: 'live in my own flat', theme: 'independent_living', needs: ['i cant cook much'] },
  { text: 'see my mates more', theme: 'friends_and_community', needs: ['buses are hard'] },
  { text: 'get fitter', theme: 'health_and_wellbeing', needs: ['i get tired'] },
  { text: 'learn to drive', theme: 'independent_living', needs: ['the theory test is hard'] },
];
const leon = {
  today: '2026-12-03',
  name: 'Leon',
  age: 20,
  hopes: HOPES,
  change: (d: Parameters<typeof startOutcome>[0]) => startOutcome(d, { statement: 'I will fix a laptop on my own by July', aspirationId: d.aspirations[0]!.id, needIds: [] }).draft,
  at: (d: { aspirations: { id: string }[] }) => ({ stage: 'outcomes' as const, step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
};

describe('"another outcome?" with hopes left that have none', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the question says it can be for this hope or another one', async () => {
    chat = (await startWith(leon)).chat;
    const words = (await chat.say('help')).map((a) => a.text ?? '').join('\n');
    expect(words).toMatch(/for this hope or another one/);
  });

  it.each(['no thats all', 'no thats it', 'nope thats all', 'thats all', "no that's all thanks", 'nah thats it', 'no thats all for now'])(
    '"%s" names the hopes with no outcome and asks once whether to make one',
    async (typed) => {
      chat = (await startWith(leon)).chat;
      const words = (await chat.say(typed)).map((a) => a.text ?? '').join('\n');
      expect(words).toMatch(/manage my own money/);
      expect(words).toMatch(/live in my own flat/);
      expect(chat.step).toBe(Step.outcomeAnother);
      const finished = (await chat.say('no')).map((a) => a.text ?? '').join('\n');
      expect(chat.step).not.toBe(Step.outcomeAnother);
      expect(finished).not.toMatch(/No outcome yet for .*Would you like/);
    },
  );

  // Near-misses: said plainly that every outcome is done, it is respected; a bare "no" is encouraged once, as before.
  it.each(['nah im done', 'finish', 'no more outcomes', 'thats all im done'])('"%s" is not asked about the hopes left', async (typed) => {
    chat = (await startWith(leon)).chat;
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.outcomeAnother);
  });

  it('a tapped "No, that\'s all" after the scoped question is encouraged, not asked about the hopes left', async () => {
    chat = (await startWith(leon)).chat;
    const words = (await chat.say("No, that's all")).map((a) => a.text ?? '').join('\n');
    expect(words).not.toMatch(/No outcome yet/);
  });

  it('"no thats all" then "the money one" asks the step for that hope', async () => {
    chat = (await startWith(leon)).chat;
    await chat.say('no thats all');
    await chat.say('the money one');
    expect(chat.step).toBe(Step.outcomeStep);
  });
});

describe('at the review, outcomes asked for hopes that have none', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const atReview = { ...leon, at: () => ({ stage: 'review' as const, step: Step.reviewSummary }) };

  it.each([
    ['wait i thought that meant another one for the IT thing. i want to do outcomes for the money one and the flat one', 1],
    ['i want to add outcomes for the flat hope', 2],
    ['can we do one for the money one', 1],
    ['lets do a goal for the driving one', 5],
  ])('"%s" opens the outcome step for the hope named first', async (typed, index) => {
    const started = await startWith(atReview);
    chat = started.chat;
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[index]!.id);
  });

  it('after the money outcome, the flat hope is asked about next', async () => {
    const started = await startWith(atReview);
    chat = started.chat;
    await chat.say('i want to do outcomes for the money one and the flat one');
    await chat.say('i will save 20 pounds every month');
    await walkTo(chat, Step.outcomeStep, {
      [Step.outcomeWhen]: 'by july',
      [Step.outcomeMeasure]: 'my bank app shows it',
      [Step.outcomeDoesForMe]: 'i would feel proud',
      [Step.outcomeMakesPossible]: 'i could pay my own rent',
      [Step.outcomeProvides]: 'help from my key worker',
    });
    expect(chat.lastQuestion?.topic).toBe(started.seeded.aspirations[2]!.id);
  });
});
