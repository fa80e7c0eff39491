import { describe, expect, it } from 'vitest';
import { hopeMeantBesideNo, refusesBesideNo } from '../../src/language/remarkAtReadBack';

describe('the hope they meant, typed after "no" to a hope read back', () => {
  it.each([
    ['no its just going to college', 'going to college'],
    ['no i dont want college i want an apprenticeship', 'i want an apprenticeship'],
    ['no i meant like working with animals', 'working with animals'],
    ['no thats not it, i want to be a chef', 'i want to be a chef'],
    ['no i want to be able to ask a question in class', 'i want to be able to ask a question in class'],
  ])('%j means %j', (typed, meant) => expect(hopeMeantBesideNo(typed)).toBe(meant));

  it.each(['no', 'no i dont want that', 'nah thats not a hope', 'no, I meant it as a question', 'no its just a joke', 'no i meant that', 'no its just me', 'no im just asking', 'no thank you'])(
    'leave alone: %j',
    (typed) => expect(hopeMeantBesideNo(typed)).toBeNull(),
  );

  it('"a question" inside a hope is not a refusal; alone it is', () => {
    expect(refusesBesideNo('no i want to be able to ask a question in class')).toBe(false);
    expect(refusesBesideNo('no im just asking')).toBe(true);
    expect(refusesBesideNo('no its a question')).toBe(true);
  });
});
