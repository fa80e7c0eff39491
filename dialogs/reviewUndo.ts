import type { Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { saysAskingWasSaved } from '../src/language/askingSaved';
import { asksToPutBack } from '../src/language/putBack';
import { Step } from './ids';
import { changeableItems } from './reviewItems';
import { ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "undo", "put it back how it was" after a change at the review: the plan's parts as they were
 * before it. "you saved me asking to change it": the same, and the part is asked about again.
 * Only the parts the person wrote are put back; flags and notes for safeguarding stay as they are.
 */

type Parts = Pick<Draft, 'aboutMe' | 'aspirations' | 'needs' | 'outcomes'>;

const partsOf = (d: Draft): Parts => ({ aboutMe: d.aboutMe, aspirations: d.aspirations, needs: d.needs, outcomes: d.outcomes });

/*
 * A turn that changed nothing hands back the very draft it read, and a change to flags or notes keeps the parts
 * themselves: those are told apart without writing the whole draft out. Only parts that are new objects are compared
 * word for word (a change may give back the same words).
 */
const PART_KEYS: ReadonlyArray<keyof Parts> = ['aboutMe', 'aspirations', 'needs', 'outcomes'];
const sameParts = (a: Draft, b: Draft): boolean =>
  a === b || PART_KEYS.every((key) => a[key] === b[key] || JSON.stringify(a[key]) === JSON.stringify(b[key]));

/** The one part whose words the change replaced, when it was one. */
function reworded(before: Draft, after: Draft): string | undefined {
  const now = new Map(changeableItems(after).map((i) => [i.id, i.text]));
  const changed = changeableItems(before).filter((i) => now.has(i.id) && now.get(i.id) !== i.text);
  return changed.length === 1 ? changed[0]!.id : undefined;
}

/** After a review turn: when it changed the plan's parts, how they were is kept for one undo. */
export async function rememberReviewChange(session: JourneySession, before: Draft | undefined): Promise<void> {
  const after = await session.draft();
  if (!before || !after || sameParts(before, after)) return;
  const itemId = reworded(before, after);
  await session.updateJourney((j) => ({ ...j, reviewUndo: { ...partsOf(before), ...(itemId ? { itemId } : {}) } }));
}

/** The last change put back and said, or undefined when the message asks no such thing (or nothing is kept to put back). */
export async function undoAtReview(session: JourneySession, draft: Draft | undefined, text: string): Promise<Next | undefined> {
  const askingSaved = saysAskingWasSaved(text);
  if (!askingSaved && !asksToPutBack(text)) return undefined;
  const kept = session.journey.reviewUndo;
  if (!draft || !kept) return askingSaved ? { say: [{ key: T.nothingToPutBack }], goTo: { step: Step.reviewChange } } : undefined;
  const { itemId, ...parts } = kept;
  const restored = await session.updateDraft('last review change undone', (d) => ({ ...d, ...parts }));
  await session.updateJourney(({ reviewUndo: _done, ...j }) => j);
  const item = itemId ? changeableItems(restored).find((i) => i.id === itemId) : undefined;
  // The words typed were the asking: the part says what it said before, and is asked about again.
  if (askingSaved && item) return { say: [{ key: T.undoneAsking, vars: { text: quoteOf(item.text) } }], goTo: { step: Step.reviewChange, data: { itemId: item.id } } };
  return { say: [{ key: item ? T.undoneItem : T.undone, vars: item ? { text: quoteOf(item.text) } : {} }], goTo: { step: Step.reviewSummary } };
}

/** After a change, "undo" at the read-back or at the end is that change put back, never "go back". */
export function withUndoHeard(session: JourneySession, question: Question): Question {
  const undoable = question.step === Step.reviewSummary || question.step === Step.reviewDone;
  if (!undoable || !session.journey.reviewUndo) return question;
  const heard = question.answersCommand;
  return { ...question, answersCommand: (command, text) => (command === 'back' && asksToPutBack(text)) || (heard?.(command, text) ?? false) };
}
