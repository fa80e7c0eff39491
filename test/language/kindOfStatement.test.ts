import { describe, expect, it } from 'vitest';
import { analyseStatement, kindOfStatement } from '../../src/language/analyseStatement';
import { readsAsAStep } from '../../src/language/readsAsAStep';

const CONTEXT = { today: '2026-12-06', age: 11, schoolYear: 7 };

describe('the kind of a statement read on its own, for readers that ask nothing else', () => {
  it.each([
    'walk him to the park on my own every day',
    'learn to cook pasta',
    'say hi to people in my form',
    'go to lunch club on fridays',
    'he struggles with reading',
    'a TA in maths',
    'By the end of Year 8 I will catch the bus to school on my own',
  ])('"%s" is the kind the whole analysis gives', (typed) => {
    expect(kindOfStatement(typed, CONTEXT)).toBe(analyseStatement(typed, CONTEXT).kind);
  });

  it('reads steps to do as steps, and what is hard or help as neither', () => {
    expect(readsAsAStep('walk him to the park on my own every day', CONTEXT)).toBe(true);
    expect(readsAsAStep('learn to cook pasta', CONTEXT)).toBe(true);
    expect(readsAsAStep('he struggles with reading', CONTEXT)).toBe(false);
  });
});
