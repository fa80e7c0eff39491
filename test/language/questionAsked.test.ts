import { describe, expect, it } from 'vitest';
import { readQuestionAsked } from '../../src/language/questionAsked';

describe('a question about the question', () => {
  it.each([
    ['which people', 'meaning'],
    ['that question is too vague. help me with what', 'meaning'],
    ['dreams like when i am asleep or do you mean what i want', 'meaning'],
    ['like what?', 'meaning'],
    ['with which one. interviews or customers', 'either'],
    ['those are two questions. which one do i answer', 'either'],
  ] as const)('"%s" asks about the question (%s)', (typed, kind) => {
    expect(readQuestionAsked(typed)).toBe(kind);
  });

  it.each(['I want to know which college is best', 'help me with reading', 'what I like is football', 'my mum or my dad', 'the bus or the train', 'i want to work with animals or horses'])(
    '"%s" is an answer',
    (typed) => expect(readQuestionAsked(typed)).toBeNull(),
  );
});
