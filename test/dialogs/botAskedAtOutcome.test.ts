import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "do u like football" typed at an outcome question got "No problem. I did not keep that as an
 * answer." It is a question to the bot: a short honest reply ("I'm a computer, so I don't watch
 * football. It sounds like you love it."), and the same question again. Nothing is kept.
 */

const MATCH: SeedHope = { text: 'go to football matches with my mate dan', theme: 'friends_and_community', needs: ['I get lost on the way'] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

async function atStep(step: string): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, schoolYear: 10, hopes: [MATCH], at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id }) });
  if (step === Step.outcomeStep) return chat;
  await chat.say('go to a match with dan on my own by july 2027');
  for (let i = 0; i < 8 && chat.step !== step; i++) {
    await chat.say(chat.step === Step.outcomeWhen ? 'july 2027' : chat.step === Step.outcomeMeasure ? 'dan sees me there 3 times' : chat.step === Step.outcomeProvides ? 'someone to show me the way' : 'i would feel grown up');
  }
  expect(chat.step).toBe(step);
  return chat;
}

describe('a question to the bot at an outcome question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([Step.outcomeStep, Step.outcomeMeasure, Step.outcomeDoesForMe, Step.outcomeConfirm])('"do u like football" at %s gets an honest reply and the question again', async (step) => {
    chat = await atStep(step);
    const before = JSON.stringify((await chat.draft())!.outcomes);
    const replies = texts(await chat.say('do u like football'));
    expect(replies).toMatch(/I'm a computer/);
    expect(replies).toMatch(/football/);
    expect(replies).not.toMatch(/did not keep that as an answer/i);
    expect(chat.step).toBe(step);
    expect(JSON.stringify((await chat.draft())!.outcomes)).toBe(before);
  });

  it.each([['do you like music', /music/], ['are you a robot', /computer program/]])('"%s" at the step gets an honest reply', async (typed, reply) => {
    chat = await atStep(Step.outcomeStep);
    const replies = texts(await chat.say(typed));
    expect(replies).toMatch(reply);
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });

  it('"i like football with dan" at the step is still an answer', async () => {
    chat = await atStep(Step.outcomeStep);
    const replies = texts(await chat.say('go to football with dan on my own by july 2027'));
    expect(replies).not.toMatch(/I'm a computer/);
    expect(chat.step).not.toBe(Step.outcomeStep);
  });
});
