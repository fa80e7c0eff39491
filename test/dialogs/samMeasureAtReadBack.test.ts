import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { finishOutcome, GAMES } from './outcomeSeed';

/*
 * Sam, 18, at the read-back: "the how will know bit is wrong, it should be ..." puts the new words
 * in the measure, never in the goal; "no thats the how you know bit not the goal" after words taken
 * as the goal puts the goal back and the words in the measure. Talk about the bot's words is never a goal.
 */

let chat: Transcript;
afterEach(async () => chat?.close());

const atReadBack = async () => {
  ({ chat } = await startWith({ today: '2025-03-10', age: 15, schoolYear: 10, hopes: [GAMES] }));
  await chat.say('make a game by the end of year 11');
  await finishOutcome(chat, { confirm: false });
  return (await chat.draft())!.outcomes[0]!.statement;
};

describe('the measure named and given new words at the read-back', () => {
  it.each([
    'the how will know bit is wrong, it should be i do a placement for 6 weeks and get a good report',
    'the measure is wrong, put i do a placement for 6 weeks and get a good report',
    'change how we know to i do a placement for 6 weeks and get a good report',
    'the how everyone will know should say i do a placement for 6 weeks and get a good report',
    'how will know bit is rong shud be i do a placement for 6 weeks and get a good report',
    'can u change the how u know bit to i do a placement for 6 weeks and get a good report',
  ])('"%s" changes the measure only', async (typed) => {
    const sentence = await atReadBack();
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe(sentence);
    expect(outcome.measure).toMatch(/^i do a placement for 6 weeks and get a good report\.?$/i);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });
});

describe('"that is the measure, not the goal" after words taken as the goal', () => {
  it.each([
    'no thats the how you know bit not the goal',
    'no that was the how will everyone know bit',
    'thats the measure not the goal',
    'no thats for the how we know part',
    'nooo that was meant for the how u know bit not the goal',
  ])('"%s" puts the goal back and the words in the measure', async (typed) => {
    await atReadBack();
    await chat.say('i do a placement for 6 weeks and get a good report');
    const reply = saidIn(await chat.say(typed));
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/make a game/i);
    expect(outcome.statement).not.toMatch(/placement|goal|bit|thats/i);
    expect(outcome.measure).toMatch(/placement for 6 weeks/i);
    expect(reply).not.toMatch(/I will no/i);
  });

  it.each(['no thats the how you know bit not the goal', 'you put it in the wrong place', 'thats in the wrong bit'])('"%s" is never the goal', async (typed) => {
    const sentence = await atReadBack();
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe(sentence);
    expect(chat.step).toBe(Step.outcomeConfirm);
  });

  it.each(['i will finish my game and show it at the open evening', 'that is the goal i want'])('"%s" is still new words or a yes', async (typed) => {
    await atReadBack();
    await chat.say(typed);
    if (typed.startsWith('i will')) expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/open evening/);
  });
});
