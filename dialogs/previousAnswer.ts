import { replaceItemText } from '../src/domain/draft';
import { summaryItems } from '../src/domain/draftSummary';
import { parseItemId } from '../src/domain/itemIds';
import { joinedAnswer, quoteOf, readContinuation } from '../src/language';
import { joinedFragment, readFragment } from '../src/language/fragment';
import { withProvision } from './outcomeCoach';
import { Step, type StepId } from './ids';
import { questionKey, type Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "and baking. like proper baking not just cupcakes lol", sent a moment after the answer to the
 * question before: it carries on that answer, so it is added to it (the same kind of item), and
 * the question open now is asked again. It never becomes the answer to the question open now.
 * So does a message the open question cannot take ("show me how to do it first then i can do it"
 * just after "do you feel safe?"), when its stage says so.
 */

/** Said when a quick second message was added to the answer before: the answer as it reads now. */
const ADDED_TO_PREVIOUS = 'common:addedToPrevious';

/** Questions that ask for one more of the same: "and X" there is their answer, read by the step. */
const ASKS_FOR_MORE: ReadonlySet<StepId> = new Set([Step.needsMore, Step.outcomeAnother, Step.hopesMore]);

/**
 * "like without dad", "at the shop": a piece that finishes the answer before, only where one more is
 * asked for. At an open question it is that question's answer ("like my headphones" at "what helps?").
 */
function pieceFor(position: Position, text: string): string | null {
  return ASKS_FOR_MORE.has(position.step) ? readFragment(text) : null;
}

/** What the question before kept that more words can be added to (its last item), with where it was asked. */
function previousAnswer(session: JourneySession, position: Position): { key: string; id: string } | undefined {
  const journey = session.journey;
  const before = journey.history.at(-1);
  if (!before || before.stage !== position.stage || journey.revisiting) return undefined;
  const key = questionKey(before);
  const id = (journey.answered[key] ?? []).filter((item) => {
    const ref = parseItemId(item);
    return ref.kind !== 'outcomePart' || ref.part !== 'when';
  }).at(-1);
  return id ? { key, id } : undefined;
}

/**
 * Adds a quick "and X" to the answer before, and asks the open question again; undefined when the
 * message is no such addition (then it answers the open question as usual).
 */
export async function addToPreviousAnswer(session: JourneySession, position: Position, text: string, carriesOn = false, piecesOnly = false): Promise<Next | undefined> {
  // "like without dad" finishes the answer before even where one more is asked for; "and X" there is the answer.
  const piece = pieceFor(position, text);
  if (!piece && (piecesOnly || (ASKS_FOR_MORE.has(position.step) && !carriesOn))) return undefined;
  // With no joining word, only when the stage says the message carries on (it cannot answer the question open now).
  const added = piece ?? readContinuation(text) ?? (carriesOn ? text.trim() : null);
  if (!added) return undefined;
  const previous = previousAnswer(session, position);
  if (!previous) return undefined;
  const draft = await session.draft();
  const item = draft ? summaryItems(draft).find((i) => i.id === previous.id) : undefined;
  if (!draft || !item) return undefined;
  // Support is kept one item per help ("a TA" and "a laptop"); everything else, and a piece, reads as one answer.
  const provisionOf = piece ? undefined : draft.outcomes.find((o) => o.provision.some((p) => p.id === item.id));
  const answer = provisionOf ? added : piece ? joinedFragment(item.text, piece) : joinedAnswer(item.text, added);
  session.takeAdded();
  await session.updateDraft('answer added to', (d) => (provisionOf ? withProvision(d, provisionOf.id, [added]) : replaceItemText(d, item.id, answer)));
  const newIds = session.takeAdded();
  if (newIds.length > 0) {
    await session.updateJourney((j) => ({ ...j, answered: { ...j.answered, [previous.key]: [...(j.answered[previous.key] ?? []), ...newIds] } }));
  }
  return { say: [{ key: ADDED_TO_PREVIOUS, vars: { answer: quoteOf(answer) } }], goTo: { step: position.step, ...(position.topic ? { topic: position.topic } : {}), ...(position.data ? { data: position.data } : {}) } };
}
