import { describe, expect, it } from 'vitest';
import { comesBack, isMomentAside, stepsAway } from '../../src/language/momentAside';

describe('stepping away and coming back', () => {
  it.each(['brb', 'one sec', 'hang on', 'sorry leo just woke up brb', 'back in a min'])('%j steps away', (text) => expect(stepsAway(text)).toBe(true));
  it.each(['back to school by september', 'my back hurts', 'by easter'])('%j does not', (text) => expect(stepsAway(text)).toBe(false));
  it.each(['back. sorry.', 'back', 'im back', 'ok back now', 'sorry. back'])('%j comes back', (text) => expect(comesBack(text)).toBe(true));
  it.each(['back to school by september', 'go back', 'back. i did not mean to skip that'])('%j is not only a return', (text) => expect(comesBack(text)).toBe(false));
});

describe('"sorry random but ... brb": an aside only for a thing in the house', () => {
  it.each([
    'soz random but dad locked me out again brb',
    'sorry random but mums boyfriend is shouting again brb',
    'sorry random but the man from the park is outside my house again brb',
  ])('%j names a person: never an aside', (typed) => expect(isMomentAside(typed)).toBe(false));

  it('"oh and sorry random but the cat has just been sick on the stairs so brb" is an aside', () =>
    expect(isMomentAside('oh and sorry random but the cat has just been sick on the stairs so brb')).toBe(true));
});
