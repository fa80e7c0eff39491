import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';

/** Arlo's four hopes, as his dad Paul gave them. */
export const HOPES = [
  { text: 'talk in short sentences', theme: 'learning_and_work' as const, needs: ['he has few words'] },
  { text: 'use the toilet', theme: 'independent_living' as const, needs: ['he is in nappies'] },
  { text: 'play with other children', theme: 'friends_and_community' as const, needs: ['he plays alone'] },
  { text: 'sleep through the night', theme: 'health_and_wellbeing' as const, needs: ['he wakes at 3'] },
];

/** An outcome for each of Arlo's hopes, dated and measured, as if Paul had made them all. */
export function outcomesMade(draft: Draft): Draft {
  let d = draft;
  for (const [i, hope] of d.aspirations.entries()) {
    const made = startOutcome(d, { statement: `By July 2027, Arlo will do thing ${i + 1}.`, aspirationId: hope.id, needIds: [] });
    d = updateOutcome(made.draft, made.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'we see it', confirmed: true });
  }
  return d;
}
