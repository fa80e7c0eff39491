import { describe, expect, it } from 'vitest';
import { answerAfterPointer } from '../../src/language/sameAsBefore';

/* "I tell you this already before: a laptop ...": said before, in a sentence of its own; the rest answers. */
describe('"I told you before" leading an answer', () => {
  it.each([
    ['I tell you this already before: a laptop and a reading pen', 'a laptop and a reading pen'],
    ['i told you already, a laptop', 'a laptop'],
  ])('%j answers with %j', (text, answer) => {
    expect(answerAfterPointer(text)).toBe(answer);
  });
  it.each(['I tell you: a laptop', 'i told my mum before: a laptop', 'i said to my teacher, a laptop', 'i gave it back, a laptop', 'i tell you a secret: a laptop', 'i said before i go to bed, i read'])('%j is not led by it', (text) => {
    expect(answerAfterPointer(text)).toBeNull();
  });
});
