import { describe, expect, it } from 'vitest';
import { readBackAddition, withAdditionJoined } from '../../src/language/readBackJoin';

const CONTEXT = { today: '2026-12-06', age: 11, schoolYear: 7 };

describe('one more thing to do, typed at the read-back of an outcome', () => {
  it.each([
    ['and say hi to people in my form too', 'say hi to people in my form'],
    ['n go to lunch club on fridays', 'go to lunch club on fridays'],
    ['also walk to school on my own', 'walk to school on my own'],
    ['say hi to people in my form too', 'say hi to people in my form'],
  ])('"%s" adds "%s"', (typed, piece) => {
    expect(readBackAddition(typed, CONTEXT)).toBe(piece);
  });

  it.each([
    'n help filling in forms too',
    'and a TA in maths',
    'also a laptop',
    'and speech therapy',
    'yes thats right',
    'and what happens next?',
    'i will sit with my friends too',
    'no change the words',
    'and my mum helps me too',
    'sounds good',
  ])('"%s" adds nothing to the sentence', (typed) => {
    expect(readBackAddition(typed, CONTEXT)).toBeUndefined();
  });

  it('joins the thing on before the full stop', () => {
    expect(withAdditionJoined('In 6 months (by June 2027), I will sit with someone at lunch.', 'say hi to people in my form')).toBe(
      'In 6 months (by June 2027), I will sit with someone at lunch and say hi to people in my form.',
    );
  });
});
