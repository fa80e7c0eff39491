import { describe, expect, it } from 'vitest';
import { asksWhichHope } from '../../src/language/whichHopeAsked';

/** A question about which hope the bot is asking about: answered, never kept. */
describe('asking which hope the question is about', () => {
  it.each(['are we now talking about the friend hope?', 'Are we still on the talking one?', 'r we doing the swimming one now?', 'which hope?', 'wait is this the college one?'])(
    '"%s" asks which hope',
    (said) => expect(asksWhichHope(said)).toBe(true),
  );

  it.each([
    'we are talking about the friend hope later',
    'are you talking to him about the swimming?',
    'are we allowed to have two outcomes for one hope',
    'Alfie will play with one friend at break',
    'are we nearly done?',
  ])('"%s" is not that question', (said) => expect(asksWhichHope(said)).toBe(false));
});
