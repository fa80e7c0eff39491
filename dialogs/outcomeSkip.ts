import { updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { isGoodSentence } from '../src/language';
import { agreedWords } from './outcomeAgreed';
import { proposedStatement } from './outcomeQuestion';
import type { Words } from './say';
import { Step } from './ids';
import type { Position } from './journey';
import { afterOutcome, onToNextHope } from './outcomeAfter';
import { WHICH } from './outcomeWhichHope';
import { DROP } from './outcomeDrop';
import { OutcomeText as T } from './outcomeText';
import { hopesToWorkOn, unfinishedOutcome } from './outcomeThread';
import { keepPendingShort } from './whenShortStep';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * Skipping a question of the outcomes stage, and the three questions' order: the moves that keep
 * nothing new, beside the dialog that reads answers.
 */

type At = Omit<Position, 'stage'>;

/** Position data at the measure: the date was left for the key worker, so "by when?" is not asked again. */
export const NO_WHEN = 'noWhen';

/** The three questions, skipping "what would it do for you" when a feeling already answered it. */
export function threeQuestions(outcome: Outcome, at: (step: At['step']) => Next): Next {
  if (!outcome.doesForMe) return at(Step.outcomeDoesForMe);
  return outcome.makesPossible ? at(Step.outcomeProvides) : at(Step.outcomeMakesPossible);
}

/** "Skip" moves on without storing: to the next part of this outcome, or on from the outcomes. */
export async function skipFrom(session: JourneySession, position: Position): Promise<Next> {
  const data = position.data ?? {};
  const draft = await session.draft();
  const outcome = draft ? unfinishedOutcome(draft, position.topic, data.outcomeId) : undefined;
  const at = (step: At['step']): Next => ({ goTo: { step, ...(position.topic ? { topic: position.topic } : {}), ...(outcome ? { data: { outcomeId: outcome.id } } : {}) } });
  // Skipping the kind check keeps the outcome, and the question they were at is asked again.
  if (data[DROP]) {
    const { [DROP]: _open, ...rest } = data;
    return { goTo: { step: position.step, ...(position.topic ? { topic: position.topic } : {}), data: { ...rest } } };
  }
  switch (position.step) {
    case Step.outcomeMeasure:
      return outcome?.timeframe ? at(Step.outcomeDoesForMe) : at(Step.outcomeWhen);
    case Step.outcomeWhen: {
      // At the step-or-bigger choice the short time stays the outcome's date: never none.
      const kept = await keepPendingShort(session, outcome, position);
      if (kept) {
        const onward = data.own === '1' ? at(Step.outcomeConfirm) : kept.outcome.measure ? threeQuestions(kept.outcome, at) : at(Step.outcomeMeasure);
        return { ...onward, say: [...(kept.say ?? []), ...(onward.say ?? [])] };
      }
      if (data.own === '1') return at(Step.outcomeConfirm);
      if (outcome?.measure) return at(Step.outcomeDoesForMe);
      return { goTo: { step: Step.outcomeMeasure, ...(position.topic ? { topic: position.topic } : {}), data: { ...(outcome ? { outcomeId: outcome.id } : {}), [NO_WHEN]: '1' } } };
    }
    case Step.outcomeDoesForMe:
      return at(Step.outcomeMakesPossible);
    case Step.outcomeMakesPossible:
      // Help already said at this question ("a teacher to take me round") is not asked for again.
      return at(data.helpKept ? Step.outcomeConfirm : Step.outcomeProvides);
    case Step.outcomeProvides:
      return at(Step.outcomeConfirm);
    case Step.outcomeAnother:
      // Asked which hope: skipping that goes back to "another outcome?".
      if (data[WHICH]) return { goTo: { step: Step.outcomeAnother, ...(position.topic ? { topic: position.topic } : {}) } };
      return { say: [{ key: T.finished }] };
    case Step.outcomeConfirm: {
      // "next one please" at the read-back: the outcome is kept as it was read back, then on to the next hope.
      const kept = draft && outcome ? await keptAsReadBack(session, draft, outcome, data.written === '1') : [];
      return onToNextHope(session, position.topic, kept);
    }
    case Step.outcomeStep:
      return onToNextHope(session, position.topic);
    default:
      return afterOutcome(session, position.topic);
  }
}

/** The read-back's sentence kept and agreed, when it reads as one; what is said about it. */
async function keptAsReadBack(session: JourneySession, draft: Draft, outcome: Outcome, written: boolean): Promise<Words[]> {
  const readBack = proposedStatement(draft, outcome, written);
  if (!isGoodSentence(readBack)) return [];
  await session.updateDraft('outcome kept as read back', (d) => updateOutcome(d, outcome.id, agreedWords(outcome, readBack, proposedStatement(draft, outcome, written, false), true)));
  return [{ key: T.keptAsItIs }];
}
