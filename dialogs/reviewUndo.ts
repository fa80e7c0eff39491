import type { Draft } from '../src/domain/draft';
import { partsChangeBetween, undoPartsChange } from '../src/domain/partsChange';
import { quoteOf } from '../src/language';
import { saysAskingWasSaved } from '../src/language/askingSaved';
import { asksToPutBack, asksToPutBackAfterRemark, asksToStopGoingBack } from '../src/language/putBack';
import { Step } from './ids';
import { changeableItems } from './reviewItems';
import { ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "undo", "put it back how it was" after a change at the review: that one change put back, and
 * nothing else. "you saved me asking to change it": the same, and the part is asked about again.
 * Only the items the change touched are kept (see partsChange), so an edit made since, by the chat's
 * other readers or by a key worker, is never lost. Flags and notes for safeguarding stay as they are.
 */

/** The turn that put a change back: what it did is no new change to keep. */
const undoneIn = new WeakSet<JourneySession>();

/** The one part whose words the change replaced, when it was one. */
function reworded(before: Draft, after: Draft): string | undefined {
  const now = new Map(changeableItems(after).map((i) => [i.id, i.text]));
  const changed = changeableItems(before).filter((i) => now.has(i.id) && now.get(i.id) !== i.text);
  return changed.length === 1 ? changed[0]!.id : undefined;
}

/** After a review turn (or a reader in it): when the plan's parts changed, that change is kept for one undo. */
export async function rememberReviewChange(session: JourneySession, before: Draft | undefined): Promise<void> {
  if (undoneIn.has(session)) return;
  const after = await session.draft();
  // A turn that changed nothing hands back the very draft it read.
  if (!before || after === before) return;
  const change = before && after ? partsChangeBetween(before, after) : undefined;
  if (!before || !after || !change) return;
  const itemId = reworded(before, after);
  await session.updateJourney((j) => ({ ...j, lastReviewChange: { ...change, ...(itemId ? { itemId } : {}) } }));
}

/** "undo" with nothing kept: said kindly, and the same question again; nothing in the plan changes. */
function nothingToUndo(session: JourneySession, undone: boolean): Next {
  const at = session.journey.position?.step === Step.reviewDone ? Step.reviewDone : Step.reviewSummary;
  return { say: [{ key: undone ? T.alreadyUndone : T.nothingToUndo }], goTo: { step: at } };
}

/** The last change put back and said, or undefined when the message asks no such thing. */
export async function undoAtReview(session: JourneySession, draft: Draft | undefined, text: string): Promise<Next | undefined> {
  const askingSaved = saysAskingWasSaved(text);
  // "NO. stop. go back" just after a change: that change put back; with none, they are told nothing changed.
  if (!askingSaved && !asksToPutBack(text) && !asksToPutBackAfterRemark(text) && !asksToStopGoingBack(text)) return undefined;
  const kept = session.journey.lastReviewChange;
  if (!draft || !kept || kept.undone) return askingSaved ? { say: [{ key: T.nothingToPutBack }], goTo: { step: Step.reviewChange } } : nothingToUndo(session, Boolean(kept?.undone));
  const { itemId, undone: _undone, ...change } = kept;
  undoneIn.add(session);
  const restored = await session.updateDraft('last review change undone', (d) => undoPartsChange(d, change));
  // Put back once: a second "undo" is told so, and changes nothing.
  await session.updateJourney((j) => ({ ...j, lastReviewChange: { aspirations: [], needs: [], outcomes: [], added: [], undone: true } }));
  const item = itemId ? changeableItems(restored).find((i) => i.id === itemId) : undefined;
  // The words typed were the asking: the part says what it said before, and is asked about again.
  if (askingSaved && item) return { say: [{ key: T.undoneAsking, vars: { text: quoteOf(item.text) } }], goTo: { step: Step.reviewChange, data: { itemId: item.id } } };
  return { say: [{ key: item ? T.undoneItem : T.undone, vars: item ? { text: quoteOf(item.text) } : {} }], goTo: { step: Step.reviewSummary } };
}

/**
 * "undo" at the read-back or at the end is always about the plan's changes, never "go back".
 * "NO. stop. go back" anywhere in the review is about the change too: never the end of the chat.
 */
export function withUndoHeard(question: Question): Question {
  const undoable = question.step === Step.reviewSummary || question.step === Step.reviewDone;
  const heard = question.answersCommand;
  const stopping = (command: string, text: string) => (command === 'back' || command === 'stop') && asksToStopGoingBack(text);
  if (!undoable) return question.step === Step.reviewChange ? { ...question, answersCommand: (command, text) => stopping(command, text) || (heard?.(command, text) ?? false) } : question;
  return { ...question, answersCommand: (command, text) => (command === 'back' && asksToPutBack(text)) || stopping(command, text) || (heard?.(command, text) ?? false) };
}
