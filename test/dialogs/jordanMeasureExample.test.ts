import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Jordan, 22, goal "do a trial at evans cycles": the example at "how will everyone know?" fits the
 * goal (work, not the bus); a reply arguing with the example is no measure; "i would be in the shop"
 * is how anyone would know (they see him there), never what it does for him.
 */

const jordan = async (goal = 'do a trial at evans cycles') => {
  const { chat } = await startWith({ today: '2026-12-05', name: 'Jordan', age: 22, hopes: [{ text: 'work with bikes', theme: 'learning_and_work', needs: ['I get nervous with new people'] }] });
  const asked = saidIn(await chat.say(goal));
  let last = asked;
  for (let i = 0; i < 5 && chat.step !== Step.outcomeMeasure; i++) last = saidIn(await chat.say(chat.step === Step.outcomeWhen ? 'by march' : chat.step === Step.outcomeDoesForMe ? 'id feel like a normal worker' : chat.step === Step.outcomeMakesPossible ? 'i could get a job there' : 'a job coach'));
  expect(chat.step).toBe(Step.outcomeMeasure);
  return { chat, asked: last };
};

describe('the example at "how will everyone know?" for a work trial', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['do a trial at evans cycles', 'do a work trial at the bike shop', 'trial day at halfords', 'get a job at a bike shop'])('"%s" gets a work example, never the bus', async (goal) => {
    ({ chat } = await jordan(goal));
    // What it would do for him, said here, is kept; the bot's example of how anyone would know comes with it.
    const reply = saidIn(await chat.say('i would feel more grown up'));
    expect(reply).toMatch(/for example|like/i);
    expect(reply).not.toMatch(/bus/i);
  });

  it.each(['i dont get the bus i ride my bike', 'i dont get buses', 'i never get the bus', 'i cant get the bus on my own lol'])('"%s" argues with the example: no measure, asked again', async (typed) => {
    ({ chat } = await jordan('travel to town on my own'));
    const before = (await chat.draft())!.outcomes[0]!.measure;
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe(before);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });

  it.each(['i would be in the shop', 'id be at work every saturday', 'i would be there', 'he would be at the garage'])('"%s" is how anyone would know', async (typed) => {
    ({ chat } = await jordan());
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure ?? '').toMatch(/shop|work|there|garage/i);
    expect(outcome.doesForMe ?? '').not.toMatch(/shop|at work|there|garage/i);
  });

  it.each(['i get the bus on my own every day for a week', 'i dont need reminding, my mum sees me get the bus'])('"%s" takes the example up: it is the measure', async (typed) => {
    ({ chat } = await jordan('travel to town on my own'));
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.measure ?? '').toMatch(/bus/i);
  });

  it.each(['i would be happier', 'i would be more confident'])('"%s" is still what it would do for him', async (typed) => {
    ({ chat } = await jordan());
    await chat.say(typed);
    expect((await chat.draft())!.outcomes[0]!.measure ?? '').not.toMatch(/happier|confident/i);
  });
});
