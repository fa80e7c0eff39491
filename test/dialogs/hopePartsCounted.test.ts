import { describe, expect, it } from 'vitest';
import { hopePartsQuestion } from '../../dialogs/hopeWithParts';
import { createWords } from '../../src/i18n';

/*
 * "Shall I take out ...? That hope has 2 things that make it hard and 1 outcome.": what goes with a
 * hope is counted in words that fit the number, one or many, in both registers.
 */

const words = createWords();
const asked = (mode: 'standard' | 'easy_read', needs: number, outcomes: number): string => {
  const t = words.forMode(mode);
  const ids = (n: number, name: string) => Array.from({ length: n }, (_, i) => `${name}${i}`);
  const question = hopePartsQuestion(t, 'be a vet', { needs: ids(needs, 'n'), outcomes: ids(outcomes, 'o') });
  return t(question.key, question.vars);
};

describe('what goes with a hope, counted', () => {
  it.each([
    [1, 0, 'That hope has 1 thing that makes it hard.'],
    [3, 0, 'That hope has 3 things that make it hard.'],
    [0, 1, 'That hope has 1 outcome.'],
    [0, 2, 'That hope has 2 outcomes.'],
    [2, 1, 'That hope has 2 things that make it hard and 1 outcome.'],
    [1, 4, 'That hope has 1 thing that makes it hard and 4 outcomes.'],
  ])('standard words: %i hard things and %i outcomes: "%s"', (needs, outcomes, said) => {
    expect(asked('standard', needs, outcomes)).toContain(said);
  });

  it.each([
    [1, 1, /1 hard thing\b/, /1 goal\b/],
    [2, 3, /2 hard things/, /3 goals/],
  ])('easy read: %i hard things and %i goals', (needs, outcomes, hard, goals) => {
    const said = asked('easy_read', needs, outcomes);
    expect(said).toMatch(hard);
    expect(said).toMatch(goals);
  });

  it('no word is missing in either register', () => {
    asked('standard', 2, 2);
    asked('easy_read', 1, 1);
    expect([...words.missing]).toEqual([]);
  });
});
