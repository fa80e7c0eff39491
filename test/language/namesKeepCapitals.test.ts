import { describe, expect, it } from 'vitest';
import { outcomeSentence } from '../../src/language/outcomeSentence';
import { readWhenAnswer } from '../../src/language/whenAnswer';
import type { CoachContext } from '../../src/language/coaching';

/* A child's name keeps its capitals as typed in the outcome, also after the time that leads it. */

const AGED_6: CoachContext = { today: '2026-12-02', age: 6, schoolYear: 1 };

describe('names in an outcome keep their capitals', () => {
  it.each(['Ellie-May', "O'Neill", 'McKenzie', 'Mary Jane'])('%s, after "by the summer"', (name) => {
    const { timeframe } = readWhenAnswer('by the summer', AGED_6);
    for (const step of ['say 10 words', 'she will say 10 words', `i want ${name} to say 10 words`]) {
      const said = outcomeSentence({ step, timeframe, childName: name });
      expect(said).toContain(`, ${name} will say 10 words.`);
    }
  });
});

describe("a friend's name in the outcome gets its capital", () => {
  const AGED_15: CoachContext = { today: '2026-12-02', age: 15, schoolYear: 10 };
  const { timeframe } = readWhenAnswer('by the summer', AGED_15);
  it.each([
    ['go to the cinema with my mate jake', 'I will go to the cinema with my mate Jake.'],
    ['go out with my mates jay and sam', 'I will go out with my mates Jay and Sam.'],
    ['play football with my brother max', 'I will play football with my brother Max.'],
  ])('%j', (step, said) => expect(outcomeSentence({ step, timeframe })).toContain(said));

  it.each([
    'go to town with my mate too',
    'go to my friends house on my own',
    'go to the park with my friends and family',
    'help my brother with his homework',
    'go swimming with my cousin mark',
    'see my nan every week',
  ])('%j stays as typed', (step) => expect(outcomeSentence({ step, timeframe })).toContain(`I will ${step}.`));
});
