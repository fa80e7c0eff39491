import { describe, expect, it } from 'vitest';
import { readNotForThisHope } from '../../src/language/notForThisHope';

describe('a need said not to be for this hope', () => {
  it.each([
    ['wat?? the bus thing isnt for this one. its big groups and not having money', ['bus'], 'big groups and not having money'],
    ['no the noise doesnt go with this one', ['noise'], ''],
    ['reading is not about this hope', ['reading'], ''],
  ])('"%s"', (typed, named, right) => {
    expect(readNotForThisHope(typed)).toEqual({ named, right });
  });

  it.each(['i am not for this', 'i get anxious in big groups', 'same as b4 the bus', 'this is not for me i hate crowds and loud places and shouting and being late'])('"%s" is no such correction', (typed) => {
    expect(readNotForThisHope(typed)).toBeNull();
  });
});
