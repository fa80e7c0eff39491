import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/*
 * Where the review asks for a part's new words, a number typed on its own ("5", "number 3") is a
 * pick from the numbered list, never the words: another part's number opens that part, the same
 * number asks for the words again. "I will 5" is never kept.
 */

// 1-2 hopes, 3-4 hard things, 5-6 goals.
const BUS_GOAL = 'By July 2027, I will take the bus to college on my own.';

describe('a number where new words are asked for', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"5" again at the bus goal\'s new words keeps the goal and asks for words', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('change something');
    await chat.say('5');
    expect(chat.lastQuestion!.activity.text).toContain('take the bus');
    await chat.say('5');
    expect(chat.step).toBe(Step.reviewChange);
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(BUS_GOAL);
    await chat.say('i will get the bus to college by myself');
    const statement = (await chat.draft())!.outcomes[0]!.statement;
    expect(statement).toContain('get the bus to college by myself');
    expect(statement).not.toMatch(/\b5\b/);
  });

  it('"number 3" there opens part 3, and the words typed next change that part only', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('change something');
    await chat.say('5');
    await chat.say('number 3');
    expect(chat.lastQuestion!.activity.text).toContain('i cant get the bus on my own');
    await chat.say('i get lost when the bus goes a different way');
    const draft = (await chat.draft())!;
    expect(draft.needs[0]!.text).toBe('i get lost when the bus goes a different way');
    expect(draft.outcomes[0]!.statement).toBe(BUS_GOAL);
  });

  it('leaves words with a number in them as the new words', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('change something');
    await chat.say('5');
    await chat.say('i will get the 42 bus to college');
    expect((await chat.draft())!.outcomes[0]!.statement).toContain('get the 42 bus to college');
  });
});
