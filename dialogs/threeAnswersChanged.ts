import { updateOutcome, type Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { readThreeAnswersChanged, type ThreeAnswersPart } from '../src/language/threeAnswersChanged';
import { withProvision } from './outcomeCoach';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "change what would it make possible to: he could stand up to help at home" at the read-back, or at "another
 * outcome?" just after one was saved: only that answer of the outcome changes, said so; the sentence, the hopes
 * and the outcomes stay as they were.
 */

export const ThreeAnswersText: Record<ThreeAnswersPart, string> = {
  doesForMe: 'outcome:partChanged.doesForMe',
  makesPossible: 'outcome:partChanged.makesPossible',
  provides: 'outcome:partChanged.provides',
};

function withPart(draft: Draft, outcomeId: string, part: ThreeAnswersPart, words: string): Draft {
  if (part === 'doesForMe') return updateOutcome(draft, outcomeId, { doesForMe: words, confirmed: false });
  if (part === 'makesPossible') return updateOutcome(draft, outcomeId, { makesPossible: words, confirmed: false });
  // The help asked for replaces the help kept: the new words are the whole of it.
  const cleared = { ...draft, outcomes: draft.outcomes.map((o) => (o.id === outcomeId ? { ...o, provision: [], confirmed: false } : o)) };
  return withProvision(cleared, outcomeId, [words]);
}

/** The changes asked, made to the outcome, and what to say of them; undefined when the message asks none. */
export async function changedThreeAnswers(session: JourneySession, outcomeId: string, text: string): Promise<Words[] | undefined> {
  const changes = readThreeAnswersChanged(text);
  if (changes.length === 0) return undefined;
  await session.updateDraft('answers about an outcome changed', (d) => changes.reduce((next, { part, words }) => withPart(next, outcomeId, part, words), d));
  return changes.map(({ part, words }) => ({ key: ThreeAnswersText[part], vars: { quote: quoteOf(words) } }));
}
