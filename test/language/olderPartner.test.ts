import { describe, expect, it } from 'vitest';
import { tellsOfAdultWithChild } from '../../src/language/olderPartner';

describe('an adult with a child under 16', () => {
  it.each(['my boyfriend is 19 he says im mature for my age', 'my bf is 20 and picks me up from school', "he's 18 but he says age is just a number", 'my 19 year old boyfriend', 'my gf is 18'])('%j, at 14', (text) =>
    expect(tellsOfAdultWithChild(text, 14)).toBe(true),
  );
  it('their own age said in the message counts', () => expect(tellsOfAdultWithChild('im 13 and my boyfriend is at uni', undefined)).toBe(true));
  it.each([
    ['my boyfriend is 18', 17],
    ['my boyfriend is 19', undefined],
    ['my boyfriend is 15', 14],
    ['my brother is 19 and picks me up', 14],
    ['i want to be 18 and have a boyfriend', 14],
  ] as const)('%j at %s is not', (text, age) => expect(tellsOfAdultWithChild(text, age)).toBe(false));
});
