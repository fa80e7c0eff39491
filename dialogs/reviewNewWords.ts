import { picksNone } from '../src/language/letGo';
import { listShownItems, numberTyped } from './reviewListShown';
import type { Draft } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, type SummaryItem, type SummaryLabelKey } from '../src/domain/draftSummary';
import { afterNotThatPart, asksToRemove, quoteOf, readReviewRequest, readsAsRequest, withoutChangeLead } from '../src/language';
import { afterTakingBack, kindOnlyNamed, readNotNewWords, type PartKind } from '../src/language/notNewWords';
import { namesHelpPart } from '../src/language/outcomeFieldRequest';
import { readFieldEdit } from '../src/language/fieldEdit';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { matchItems, needItems, removableItems } from './reviewItems';
import { answerField, fieldRequestIn } from './reviewOutcomeField';
import { cutWithNewWordsAt } from './reviewCutRewrite';
import { removeNeedOnly, removeOne } from './reviewRemoveMany';
import { helpKeptBesideYes, saysJustTheHardThing } from '../src/language/justTheHardThing';
import { wordsOutOf } from './reviewNamedEdit';
import { wordsToRemove } from '../src/language/wordsToRemove';
import { pointsAtWholePart } from '../src/language/wholePartOut';
import { withWordsAdded, wordsToAddOnEnd } from '../src/language/wordsToAdd';
import { changeWords, requestIn } from './reviewRequests';
import { isRequestPosition } from './reviewPickable';
import { readPolarity } from '../src/language/polarity';
import { listNumberIn } from '../src/language/listNumber';
import { partPointedAt } from '../src/language/partPointer';
import { RequestData, ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * One part of the plan picked at the review, its new words asked for: the answer is the new words,
 * or taking the part out (after a yes), or a pointer to another part ("I mean dream 3"), or a
 * command or a "leave it, it is right". Only new words are ever kept as the part's text.
 */

/** Position note: the person is taking a part out rather than rewording it. */
export const REMOVING = 'yes';

const LABEL_OF: Record<PartKind, SummaryLabelKey> = {
  hope: SUMMARY_LABEL_KEYS.aspiration,
  outcome: SUMMARY_LABEL_KEYS.outcome,
  need: SUMMARY_LABEL_KEYS.need,
  help: SUMMARY_LABEL_KEYS.provision,
};

/** "I mean dream 3", "the dream not the goal", "leave that one", "change something": acted on, or undefined for new words. */
function notNewWordsAt(draft: Draft, items: readonly SummaryItem[], item: SummaryItem, text: string): Next | undefined {
  const said = readNotNewWords(text);
  if (!said) return undefined;
  if (said.kind === 'keep') return { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
  if (said.kind === 'command') return { goTo: { step: Step.reviewChange, data: {} } };
  const others = items.filter((i) => i.id !== item.id);
  const ofKind = said.part ? others.filter((i) => i.labelKey === LABEL_OF[said.part!]) : [];
  const all = said.part ? items.filter((i) => i.labelKey === LABEL_OF[said.part!]) : [];
  const picked = said.number !== undefined ? all[said.number - 1] : said.part ? (ofKind.length === 1 ? ofKind[0] : undefined) : undefined;
  const matched = !said.part && said.words ? matchItems(draft, others, said.words) : [];
  const to = picked ?? (matched.length === 1 ? matched[0] : undefined);
  // "I mean I want to be a chef" naming no other part is the new words themselves.
  if (!to && !said.part && said.words) return undefined;
  return to ? { goTo: { step: Step.reviewChange, data: { itemId: to.id } } } : { goTo: { step: Step.reviewChange, data: {} } };
}

/**
 * "the HOPE not that", "no the hope": the kind of part meant, beside the one picked. A goal's hope
 * (or a hope's one goal) is the part meant; otherwise the only part of that kind, or the list.
 */
function kindPointedAt(draft: Draft, items: readonly SummaryItem[], item: SummaryItem, kind: PartKind, position: Position): Next {
  const label = LABEL_OF[kind];
  if (item.labelKey === label) return { goTo: position };
  const outcome = draft.outcomes.find((o) => o.id === item.id || o.id === item.parentId);
  const need = draft.needs.find((n) => n.id === item.id || n.id === item.parentId);
  const hopeIds = outcome?.aspirationId ? [outcome.aspirationId] : (need?.aspirationIds ?? []);
  const related =
    kind === 'hope' ? hopeIds
    : kind === 'outcome' && item.labelKey === LABEL_OF.hope ? draft.outcomes.filter((o) => o.aspirationId === item.id).map((o) => o.id)
    : kind === 'outcome' && outcome ? [outcome.id]
    : [];
  const ofKind = items.filter((i) => i.labelKey === label);
  const to = related.length === 1 ? ofKind.find((i) => i.id === related[0]) : ofKind.length === 1 ? ofKind[0] : undefined;
  return { goTo: { step: Step.reviewChange, data: to ? { itemId: to.id } : {} } };
}

/**
 * "5" where the new words are asked for: a number from the list, never words. Another part's
 * number picks that part; its own number, or one past the list, asks for the words again.
 */
function numberAtNewWords(items: readonly SummaryItem[], item: SummaryItem, position: Position, text: string): Next | undefined {
  const number = listNumberIn(text);
  if (number === undefined) return undefined;
  const other = items[number - 1];
  if (other && other.id !== item.id) return { goTo: { step: Step.reviewChange, data: { itemId: other.id } } };
  return { say: [{ key: T.numberNotWords }], goTo: position, miss: true };
}

/** "the reading one" where new words are asked: the one other part it fits, or the words asked for again. */
function pointedPart(draft: Draft, items: readonly SummaryItem[], item: SummaryItem, position: Position, text: string): Next | undefined {
  const words = partPointedAt(text);
  if (!words) return undefined;
  const matched = matchItems(draft, items.filter((i) => i.id !== item.id), words);
  if (matched.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: matched[0]!.id } } };
  return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
}

/**
 * The help under the outcome being changed: its new words asked for when there is one piece, a pick
 * when there are several. With none written yet, the question is asked again: those words are no outcome.
 */
function helpOfOutcome(items: readonly SummaryItem[], item: SummaryItem): Next | undefined {
  const outcomeId = item.labelKey === SUMMARY_LABEL_KEYS.outcome ? item.id : item.parentId;
  if (!outcomeId) return undefined;
  const help = items.filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.provision && i.parentId === outcomeId);
  if (help.length === 1) return { goTo: { step: Step.reviewChange, data: { itemId: help[0]!.id } } };
  if (help.length > 1) return { goTo: { step: Step.reviewChange, data: { [RequestData.choose]: help.map((h) => h.id).join(' ') } } };
  return { say: [{ key: T.notUnderstood }], goTo: { step: Step.reviewChange, data: { itemId: item.id } }, miss: true };
}

/**
 * "Leave it. I don't want to change it", "no leave it as it is": said where new words, a date or a
 * pick are asked for (or "no" to words read back), the part stays as it was and the list comes back.
 * A bare "no" keeps its own meaning (it asks for the words again), and "that's fine" may be a yes.
 */
export function keptAsItIs(position: Position, text: string): Next | undefined {
  const data = position.data ?? {};
  // "Neither", "none of them" at "which part?" or "what should it say now?": nothing is meant, so nothing changes.
  if (picksNone(text)) return { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
  if (!data.itemId && !isRequestPosition(position)) return undefined;
  if (data.remove === REMOVING || readNotNewWords(text)?.kind !== 'keep') return undefined;
  const answer = understandYesNo(text);
  if (answer === 'yes' || !readPolarity(text).rest.trim()) return undefined;
  // Words read back wait for a yes: only a no keeps the part as it was.
  if (answer !== 'no' && data[RequestData.newText]) return undefined;
  return { say: [{ key: T.leftAsItWas }], goTo: { step: Step.reviewSummary } };
}

/** What a request typed at the read-back leads to, or undefined when none is understood. */
export type ReadBackRequest = (text: string) => Promise<Next | undefined>;

/** The answer to "type the new words" for the part picked. */
export async function answerNewWords(session: JourneySession, draft: Draft, items: readonly SummaryItem[], position: Position, text: string, remove: string | null, atReadBack: ReadBackRequest): Promise<Next> {
  const removing = position.data?.remove === REMOVING;
  const item = (removing ? removableItems(draft) : items).find((i) => i.id === position.data?.itemId);
  if (!item) return { goTo: { step: Step.reviewSummary } };
  const itemId = item.id;
  // "delete it i dont want it to say anything": the whole part, with a reason, is offered to take out.
  if (remove === '' || (remove && pointsAtWholePart(remove))) return { goTo: { step: Step.reviewChange, data: { itemId, remove: REMOVING } } };
  if (removing) {
    // "just the hard thing": it goes, what helps with it is kept.
    // "yes but keep the PA bit, can that go on the personal care one": the same, the help kept under the hard thing named.
    const keptFor = helpKeptBesideYes(text);
    if ((saysJustTheHardThing(text) || keptFor !== null) && draft.needs.some((n) => n.id === itemId && (n.helps ?? []).length > 0)) {
      const to = keptFor ? matchItems(draft, needItems(draft).filter((i) => i.id !== itemId), keptFor) : [];
      return removeNeedOnly(session, draft, itemId, to.length === 1 ? to[0]!.id : undefined);
    }
    const answer = asksToRemove(text) === '' ? 'yes' : understandYesNo(text);
    if (answer === 'no') return { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } };
    if (answer !== 'yes') return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
    return removeOne(session, draft, itemId);
  }
  // "the HOPE not that omg": which part was meant, never new words.
  const kind = kindOnlyNamed(text);
  if (kind) return kindPointedAt(draft, items, item, kind, position);
  // "the sentence. it should say i will catch the bus on my own" about an outcome's sentence: only the words after the part named.
  const sentenceNamed = item.labelKey === SUMMARY_LABEL_KEYS.outcome ? readFieldEdit(text) : null;
  if (sentenceNamed?.field === 'step' && sentenceNamed.words) text = sentenceNamed.words;
  // "oops not that one, leave it. where did the other one go": picked by mistake, so it stays; the rest is a new request.
  const rest = afterTakingBack(text);
  if (rest) {
    // "Leave it alone. Do not change it. Cancel.": nothing more asked, so back to the list; "the bit that says ...": which part.
    const nothingMore = rest === '' || readNotNewWords(rest)?.kind === 'keep';
    const next = (await atReadBack(rest)) ?? { goTo: { step: nothingMore ? Step.reviewSummary : Step.reviewChange } };
    return { ...next, say: [{ key: T.leftAsItWas }, ...(next.say ?? [])] };
  }
  // "5", "number 5": a part picked by its number, or the words asked for again; a number is never the words.
  const number = remove === null ? numberAtNewWords(items, item, position, text) : undefined;
  if (number) return number;
  // "the reading one": a pointer at a part, never the words; another part that fits is picked.
  const pointer = remove === null ? pointedPart(draft, items, item, position, text) : undefined;
  if (pointer) return pointer;
  // "delete 5": part 5 of the list shown last is to come out, read back for a yes; never words taken out of this one.
  const numberOut = remove ? numberTyped(remove) : undefined;
  const out = numberOut === undefined ? undefined : (listShownItems(draft, session.journey.listShown) ?? items)[numberOut - 1];
  if (out) return { goTo: { step: Step.reviewChange, data: { itemId: out.id, remove: REMOVING } } };
  // "take out the bit about the dryer. it should say ...": the whole new wording, read back for a yes.
  const rewrite = remove ? cutWithNewWordsAt(draft, text, item) : undefined;
  if (rewrite) return rewrite;
  // "take out biscit", "delete the bit about biscits": those words come out, never kept as the new words.
  const named = remove ? wordsToRemove(text) : undefined;
  if (named) return wordsOutOf(draft, item, named) ?? { say: [{ key: T.wordsNotFound, vars: { words: quoteOf(named) } }], goTo: position };
  // "add with my brother to it": the words go on the end of what it says now, read back first.
  const added = wordsToAddOnEnd(text);
  if (added) return { goTo: { step: Step.reviewChange, data: { itemId, [RequestData.newText]: withWordsAdded(item.text, added) } } };
  // A new "by when" changes the date and the sentence that says it, as any other date change does.
  if (item.labelKey === SUMMARY_LABEL_KEYS.outcomeWhen && item.parentId) return answerField(session, draft, { ...position, data: { itemId: item.parentId, field: 'when' } }, text);
  // "Goal is ok, change only we will know by ...": that field of the outcome, not its sentence.
  const field = fieldRequestIn(draft, text, item);
  if (field) return field;
  // "not the goal, the help part": the help towards that outcome is what changes, never the sentence.
  const help = namesHelpPart(text) ? helpOfOutcome(items, item) : undefined;
  if (help) return help;
  // "that's a health thing not school" about the need being changed moves it; "it should say loud bells" is read back first.
  const request = readReviewRequest(text);
  if (request?.kind === 'section' || request?.kind === 'toHope' || (request?.kind === 'change' && request.splits.some((s) => s.to))) {
    const next = requestIn(draft, text, item);
    if (next) return next;
  }
  // "not that bit. the bit that says my test results": the wrong part was picked; never new words.
  const other = afterNotThatPart(text);
  if (other !== null) {
    const matched = other ? matchItems(draft, items.filter((i) => i.id !== itemId), other) : [];
    return matched.length === 1 ? { goTo: { step: Step.reviewChange, data: { itemId: matched[0]!.id } } } : { goTo: { step: Step.reviewChange, data: {} } };
  }
  // "I mean dream 3", "change something", "leave that one it is right": never the part's new words.
  const notWords = notNewWordsAt(draft, items, item, text);
  if (notWords) return notWords;
  // "yes", "ok": an answer to no question asked here, never the part's new words.
  if (understandYesNo(text) !== undefined && text.trim().split(/\s+/).length <= 2) return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  // "the shoes part", "can you change it": a goal's new words that read as asking are read back for a yes first.
  const words = withoutChangeLead(text);
  if (item.labelKey === SUMMARY_LABEL_KEYS.outcome && readsAsRequest(words)) return { goTo: { step: Step.reviewChange, data: { itemId, [RequestData.newText]: words } } };
  // New words for an outcome are the person's own, so they count as agreed.
  return changeWords(session, item, words);
}
