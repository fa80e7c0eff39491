import { describe, expect, it } from 'vitest';
import { hopesIn } from '../../src/language/hopesInMessage';

/* "more frends. i got 1 at the bus stop": how many they have now, said after the hope, is no part of it. */
describe('how many they have now, after a hope', () => {
  it.each([
    ['more frends. i got 1 at the bus stop', 'more frends'],
    ['more friends. i have 2 at college', 'more friends'],
    ['a dog. we have 2 cats already', 'a dog'],
  ])('"%s" keeps "%s"', (text, hope) => {
    expect(hopesIn(text)).toEqual([hope]);
  });
  it('said alone, it is kept as typed', () => {
    expect(hopesIn('i got 1 at the bus stop')).toEqual(['i got 1 at the bus stop']);
  });
  it('a second hope after it is still a hope', () => {
    expect(hopesIn('more friends. i want to go to a club')).toHaveLength(2);
  });
});
