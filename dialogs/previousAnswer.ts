import { readHedgedSafe } from '../src/language/safeHedged';
import { replaceItemText } from '../src/domain/draft';
import { summaryItems } from '../src/domain/draftSummary';
import { parseItemId } from '../src/domain/itemIds';
import { joinedAnswer, quoteOf, readContinuation } from '../src/language';
import { joinedFragment, readFragment, readJoinedPiece } from '../src/language/fragment';
import { coachContextOf, withProvision } from './outcomeCoach';
import { readBackAddition } from '../src/language/readBackJoin';
import { HARD_KEPT_NOTE, HELD_HARD } from './hardSaidAtHopes';
import { Stage, Step, type StageId, type StepId } from './ids';
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

/** "i struggle with reading" kept as hard at "another hope?", which is asked again. */
const hardJustKept = (position: Position): boolean => Boolean(position.data?.[HARD_KEPT_NOTE]);

/** What the question before kept that more words can be added to (its last item), with where it was asked. */
function previousAnswer(session: JourneySession, position: Position): { key: string; id: string } | undefined {
  const journey = session.journey;
  if (journey.revisiting) return undefined;
  const lastOf = (key: string) => (journey.answered[key] ?? []).filter((item) => {
    const ref = parseItemId(item);
    return ref.kind !== 'outcomePart' || ref.part !== 'when';
  }).at(-1);
  // "i struggle with reading" kept as hard at a hopes question, which is asked again: "and the maths" carries that on.
  const here = questionKey(position);
  const kept = ASKS_FOR_MORE.has(position.step) && !hardJustKept(position) ? undefined : lastOf(here);
  if (kept) return { key: here, id: kept };
  const before = journey.history.at(-1);
  if (!before || before.stage !== position.stage) return undefined;
  const key = questionKey(before);
  const id = lastOf(key);
  return id ? { key, id } : undefined;
}

/** Answers a stage holds in the open question's data until they are kept: a hard thing said where a hope was asked. */
const HELD: Partial<Record<StageId, { words: string; quote: string }>> = { [Stage.hopes]: HELD_HARD };

/**
 * "i struggle with reading", held while a hope is asked for, then "and the maths": the piece is added
 * to the words held, and the question (which quotes them) is asked again. Never a hope of its own.
 */
function addToHeldAnswer(position: Position, text: string): Next | undefined {
  const held = HELD[position.stage];
  const words = held ? position.data?.[held.words] : undefined;
  if (!held || !words) return undefined;
  const fragment = readFragment(text);
  const joined = fragment ? joinedFragment(words, fragment) : (() => {
    const piece = readJoinedPiece(text);
    return piece ? joinedAnswer(words, piece) : undefined;
  })();
  if (!joined) return undefined;
  return { goTo: { step: position.step, ...(position.topic ? { topic: position.topic } : {}), data: { ...position.data, [held.words]: joined, [held.quote]: quoteOf(joined) } } };
}

/**
 * Adds a quick "and X" to the answer before, and asks the open question again; undefined when the
 * message is no such addition (then it answers the open question as usual).
 */
export async function addToPreviousAnswer(session: JourneySession, position: Position, text: string, carriesOn = false, piecesOnly = false): Promise<Next | undefined> {
  const held = addToHeldAnswer(position, text);
  if (held) return held;
  // "i can look after myself" at "do you feel safe?": that question's answer (a yes with the door left open), never more of the last one.
  if (position.step === Step.aboutMeSafe && readHedgedSafe(text)) return undefined;
  // "and say hi to people in my form too" at the read-back of an outcome: more of that sentence, read there.
  if (position.step === Step.outcomeConfirm && readBackAddition(text, coachContextOf(await session.draft(), session.today))) return undefined;
  // "like without dad" finishes the answer before even where one more is asked for; "and X" there is the answer.
  const piece = pieceFor(position, text);
  // "and the maths", "also reading" just after an answer carry it on at any question that does not ask for one more.
  // At "another hope?" just after a hard thing was kept there, "and the maths" is more of that hard thing, never a hope.
  const joined = !piece && (!ASKS_FOR_MORE.has(position.step) || hardJustKept(position)) ? readJoinedPiece(text) : null;
  if (!piece && !joined && (piecesOnly || (ASKS_FOR_MORE.has(position.step) && !carriesOn))) return undefined;
  // With no joining word, only when the stage says the message carries on (it cannot answer the question open now).
  const added = piece ?? joined ?? readContinuation(text) ?? (carriesOn ? text.trim() : null);
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
