import { describe, expect, it } from 'vitest';
import { addAspiration, createDraft, startOutcome, updateOutcome } from '../../src/domain/draft';
import { sameAsKept } from '../../dialogs/outcomeSameWords';

/*
 * "That's the same as it says now" was said of words that differed from the sentence shown. It is
 * said only when the words typed, tidied, are the words shown.
 */

function outcomeWith(statement: string, inTheirWords?: string) {
  const now = new Date('2026-12-03T09:00:00Z');
  const hoped = addAspiration(createDraft({ id: 'd', now, who: 'self' }), 'live in my own flat', 'independent_living');
  const started = startOutcome(hoped.draft, { statement, aspirationId: hoped.aspiration.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { ...(inTheirWords ? { inTheirWords } : {}), timeframe: { phrase: 'by July 2027', date: '2027-07-23' } }).outcomes[0]!;
}

const SHOWN = 'By July 2027, I will cook a simple meal on my own.';

describe('"the same as it says now" only of the same words', () => {
  it.each(['I will cook a simple meal on my own', 'cook a simple meal on my own', 'By July 2027, I will cook a simple meal on my own.'])('%j is the same', (typed) => {
    expect(sameAsKept(typed, outcomeWith('I will cook a simple meal on my own.'), SHOWN)).toBe(true);
  });

  it.each(['simple meal on my own', 'I will cook a simple meal on my own twice a week', 'I will cook a meal on my own'])('%j differs', (typed) => {
    expect(sameAsKept(typed, outcomeWith('I will cook a simple meal on my own.'), SHOWN)).toBe(false);
  });

  it('his first words are the same only when they have just the words shown', () => {
    const outcome = outcomeWith('I will cook a simple meal on my own.', 'on my own cook a meal');
    expect(sameAsKept('on my own cook a meal', outcome, SHOWN)).toBe(false);
    const same = outcomeWith('I will cook a simple meal on my own.', 'cook a simple meal on my own');
    expect(sameAsKept('cook a simple meal on my own', same, SHOWN)).toBe(true);
  });
});
