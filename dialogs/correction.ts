import { earlierWordsBack, idsAfterRemoval, removeItem, updateOutcome, type Draft } from '../src/domain/draft';
import { Step } from './ids';
import { parseItemId } from '../src/domain/itemIds';
import { summaryItems } from '../src/domain/draftSummary';
import { questionKey, steppedBack, type Position } from './journey';
import type { JourneySession } from './session';

/**
 * "thats not what i meant", "wait no ...": what the question before kept from their answer is
 * taken out, and that question is asked again. Undefined when it kept nothing (then the bot only
 * says sorry). An outcome's answers to its own questions are taken back only for the outcome that
 * question was about; its timeframe is changed at the read-back.
 */
export interface Undone {
  /** The question asked again. */
  position: Position;
  /** The words taken out, as kept (the bot names what it took out). */
  removed: string[];
  /** Only the last of several things kept was taken out: the open question stays open. */
  stayed?: boolean;
  /** The draft as it was before, and the ids taken out, when the open question stayed: it may have been about a hope taken out. */
  before?: Draft;
  removedIds?: string[];
}

/** A hope whose words the answer replaced has its earlier words again; anything else the answer kept goes. */
function takeBack(draft: Draft, id: string): Draft {
  return draft.aspirations.find((a) => a.id === id)?.earlierWords?.length ? earlierWordsBack(draft, id) : removeItem(draft, id);
}

/** `one`: "take it out" points at one thing, so of several kept by the last answer only the last goes. */
export async function undoLastAnswer(session: JourneySession, options: { one?: boolean } = {}): Promise<Undone | undefined> {
  // "Please could you take that out" just after "another hope?" kept one: the open question kept it, so it goes, not the answer before.
  const keptHere = await undoKeptAtOpenQuestion(session);
  if (keptHere) return keptHere;
  const back = steppedBack(session.journey);
  if (!back?.position) return undefined;
  // "i said no. the words are wrong" after an outcome was saved: its words are asked for again.
  const outcomeId = back.position.step === Step.outcomeConfirm ? back.position.data?.outcomeId : undefined;
  if (outcomeId) {
    await session.updateDraft('outcome reopened', (draft) => updateOutcome(draft, outcomeId, { confirmed: false }));
    const reopened = { ...back.position, data: { outcomeId, rewording: '1' } };
    await session.updateJourney(() => ({ ...back, position: reopened, revisiting: false }));
    return { position: reopened, removed: [] };
  }
  const key = questionKey(back.position);
  // An outcome's own answer ("what would it make possible") is taken back only for the outcome asked about then.
  const asked = back.position.data?.outcomeId;
  const kept = (back.answered[key] ?? []).filter((id) => {
    const ref = parseItemId(id);
    return ref.kind !== 'outcomePart' || (asked !== undefined && ref.outcomeId === asked && ref.part !== 'when');
  });
  if (kept.length === 0) return undefined;
  const draft = await session.draft();
  const texts = new Map((draft ? summaryItems(draft) : []).map((item) => [item.id, item.text]));
  // "take it out" after "a chef and a flat of my own": the flat goes, the chef stays, and the open question with it.
  const last = kept.at(-1)!;
  if (options.one && kept.length > 1 && session.journey.position) {
    const removed = [texts.get(last)].filter((text): text is string => Boolean(text));
    const before = draft;
    await session.updateDraft('answer taken back', (d) => takeBack(d, last));
    await session.updateJourney((j) => ({ ...j, answered: Object.fromEntries(Object.entries(j.answered).map(([k, ids]) => [k, idsAfterRemoval([last], ids)])) }));
    return { position: session.journey.position, removed, stayed: true, ...(before ? { before } : {}), removedIds: [last] };
  }
  const removed = kept.map((id) => texts.get(id)).filter((text): text is string => Boolean(text));
  // Reverse order, so removing a listed entry does not shift the index of the next one.
  await session.updateDraft('answer taken back', (draft) => [...kept].reverse().reduce((d, id) => takeBack(d, id), draft));
  await session.updateJourney(() => ({ ...back, revisiting: false, answered: { ...back.answered, [key]: [] } }));
  return { position: back.position, removed };
}

/** Whether `id` is the newest of its kind in the draft: nothing of its kind was kept after it. */
function isNewest(draft: Draft, id: string): boolean {
  const ref = parseItemId(id);
  if (ref.kind === 'needHelp') return (draft.needs.find((n) => n.id === ref.needId)?.helps?.length ?? 0) - 1 === ref.index;
  if (ref.kind === 'aboutMe') return draft.aboutMe[ref.section].length - 1 === ref.index;
  if (ref.kind === 'outcomePart') return false;
  for (const list of [draft.aspirations, draft.needs, draft.outcomes] as ReadonlyArray<ReadonlyArray<{ id: string }>>) {
    if (list.some((item) => item.id === id)) return list.at(-1)?.id === id;
  }
  return false;
}

/** The questions asked again after they keep something: "Do you have another hope?", "anything else hard?". */
const ASKED_AGAIN_AFTER_KEEPING: ReadonlySet<string> = new Set([Step.hopesMore, Step.needsMore]);

/**
 * A question asked again after it kept something ("Do you have another hope?"): what it kept last is
 * the newest thing kept, newer than anything the question before kept. Taken out alone, and the open
 * question stays open. Undefined when the open question kept nothing this time round.
 */
async function undoKeptAtOpenQuestion(session: JourneySession): Promise<Undone | undefined> {
  const open = session.journey.position;
  if (!open || session.journey.revisiting) return undefined;
  // Only a question that stays open after keeping something ("another hope?"): a question asked afresh (help for
  // the next hard thing) still holds what it kept the time before, which is not the last answer.
  if (!ASKED_AGAIN_AFTER_KEEPING.has(open.step)) return undefined;
  const last = session.journey.answered[questionKey(open)]?.at(-1);
  const draft = await session.draft();
  if (!last || !draft || !isNewest(draft, last)) return undefined;
  const text = summaryItems(draft).find((item) => item.id === last)?.text;
  if (!text) return undefined;
  await session.updateDraft('answer taken back', (d) => takeBack(d, last));
  await session.updateJourney((j) => ({ ...j, answered: Object.fromEntries(Object.entries(j.answered).map(([k, ids]) => [k, idsAfterRemoval([last], ids)])) }));
  return { position: open, removed: [text], stayed: true, before: draft, removedIds: [last] };
}

/** What the question at `position` kept, id by id, with the words kept (undefined when the draft no longer holds it). */
export async function keptAt(session: JourneySession, position: Position): Promise<{ id: string; text: string | undefined }[]> {
  const ids = session.journey.answered[questionKey(position)] ?? [];
  if (ids.length === 0) return [];
  const draft = await session.draft();
  const texts = new Map((draft ? summaryItems(draft) : []).map((item) => [item.id, item.text]));
  return ids.map((id) => ({ id, text: texts.get(id) }));
}
