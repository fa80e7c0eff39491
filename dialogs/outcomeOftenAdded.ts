import type { Outcome } from '../src/domain/draft';
import { updateOutcome } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { oftenChangedAtReadBack, oftenSaidAtReadBack } from '../src/language/oftenAtReadBack';
import { measureSet, readBack, type At } from './outcomeConfirmField';
import { OutcomeText as T } from './outcomeText';
import type { Next } from './stageDialog';

/*
 * "ye but like 1 time a week", "wait u didnt put once a week" at the read-back: how often goes with
 * how everyone will know (never a new outcome, never dropped), and the outcome is read back again
 * so they see it is there.
 */

/** The read-back with how often added to the measure; undefined when the message is no such time. */
export async function oftenAddedAtReadBack(at: At): Promise<Next | undefined> {
  const data = at.position.data ?? {};
  if (data.rewording || data.sayIt) return undefined;
  // "acshully 2 times a week" where the outcome says "3 times a week": the time in the outcome put right.
  const changed = oftenChangedAtReadBack(at.text, at.outcome.statement);
  if (changed) {
    const statement = at.outcome.statement.replace(changed.from, changed.to);
    await at.session.updateDraft('how often changed at the read-back', (d) => updateOutcome(d, at.outcome.id, { statement, confirmed: false }));
    return readBack(at.position, at.outcome, {}, [{ key: T.oftenChanged, vars: { quote: quoteOf(changed.to) } }]);
  }
  const often = oftenSaidAtReadBack(at.text);
  // Already in the outcome: something else is meant, and the message is read as usual.
  if (!often || outcomeHas(at.outcome, often)) return undefined;
  const measure = at.outcome.measure?.trim().replace(/[.!]+$/, '');
  return measureSet(at, measure ? `${measure}, ${often}` : often);
}

/** The words are in some part of the outcome (apostrophes and case aside). */
export function outcomeHas(outcome: Outcome, words: string): boolean {
  const plain = (t: string | null | undefined) => (t ?? '').toLowerCase().replace(/[’'`]/g, '');
  return [outcome.statement, outcome.measure, outcome.doesForMe, outcome.makesPossible, ...outcome.provision.map((p) => p.text)].some((t) => plain(t).includes(plain(words)));
}
