import { describe, expect, it } from 'vitest';
import { quotedChange } from '../../src/language/quotedChange';

describe('a change typed with both sets of words in quotes', () => {
  it.each([
    ["change 'I will get the bus.' to 'I will get the bus with Sam.'", 'I will get the bus', 'I will get the bus with Sam'],
    ['change "I will take the bus to college" to "I will take the bus to college with Sam."', 'I will take the bus to college', 'I will take the bus to college with Sam'],
    ['can you change “live in a flat.” to “live in a flat with tom.” please', 'live in a flat', 'live in a flat with tom'],
    ["change 'i don't like noise' to 'i can't stand noise'", "i don't like noise", "i can't stand noise"],
    ["change the bit that says 'by july.' into 'by june.'", 'by july', 'by june'],
  ])('%s', (typed, from, to) => {
    expect(quotedChange(typed)).toEqual({ from, to });
  });

  it.each(['change the bus one to I will get the bus', "change 'the bus' please", "i said 'bus' to 'sam'", "change '' to 'x'"])('not this: %s', (typed) => {
    expect(quotedChange(typed)).toBeNull();
  });
});
