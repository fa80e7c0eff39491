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
