import { describe, expect, it } from 'vitest';
import { readAnswerQueried } from '../../src/language/answerQueried';

/*
 * Questions about the safeguarding answer, read literally: which part is asked about, and whether
 * the whole message is only that question (with at most a plain denial beside it).
 */
describe('a question about the answer', () => {
  it.each([
    ['why did you give me samaritans number i dont want to kill myself', 'numbers', true],
    ['Why Samaritans?', 'numbers', false],
    ['why did u send me all those numbers', 'numbers', false],
    ['why is everyone telling me to call childline', 'numbers', false],
    ['What does worrying mean', 'worrying', false],
    ['what do you mean by worrying?', 'worrying', false],
    ['what is not my fault?', 'notMyFault', false],
    ['what do u mean its not my fault', 'notMyFault', false],
  ] as const)('%j: %s, the whole message', (typed, asks, denies) => {
    expect(readAnswerQueried(typed)).toEqual({ asks, whole: true, denies });
  });

  it.each([
    'why did you give me samaritans number i dont want to kill myself anymore but i did last week',
    'why did you give me samaritans number i dont want to kill myself but sometimes i do',
    'why samaritans. i want to kill myself',
    'why is everyone telling me to call childline he gives the money back sometimes',
  ])('%j: asked, but not the whole message: never set aside', (typed) => {
    expect(readAnswerQueried(typed)?.whole).toBe(false);
  });

  it.each(['i want to kill myself', 'sometimes i do want to kill myself', 'i dont want to kill myself anymore but i did last week', 'why do you need my age?', 'my cousin borrows my phone charger', 'my dad hits me'])(
    '%j: no question about the answer',
    (typed) => {
      expect(readAnswerQueried(typed)).toBeNull();
    },
  );
});
