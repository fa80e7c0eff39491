import { describe, expect, it } from 'vitest';
import { namesSameSupport } from '../../src/language/sameSupport';

/* Two helps said one after the other name the same support, or two different ones. */

describe('the same support said again', () => {
  it.each([
    ['get a TA', 'a TA in lessons'],
    ['a TA', 'a teaching assistant in class'],
    ['more help with reading', 'reading support'],
    ['help with reading', 'help with my reading every day'],
    ['a laptop', 'a laptop at school'],
    ['speech therapy', 'speech and language therapy every week'],
  ])('%j and %j name the same support', (one, other) => {
    expect(namesSameSupport(one, other)).toBe(true);
    expect(namesSameSupport(other, one)).toBe(true);
  });

  it.each([
    ['more help with reading', 'help with maths'],
    ['a TA', 'extra reading lessons'],
    ['extra maths lessons', 'extra reading lessons'],
    ['a TA for reading', 'a TA for maths'],
    ['someone to check on me', 'a laptop'],
    ['a laptop', 'a quiet room'],
  ])('leave alone: %j and %j name different support', (one, other) => {
    expect(namesSameSupport(one, other)).toBe(false);
    expect(namesSameSupport(other, one)).toBe(false);
  });
});
