import { removeItems, type Draft } from '../src/domain/draft';
import { removeNeedKeepingHelp, withDependents } from '../src/domain/removeItems';
import { saysJustTheHardThing } from '../src/language/justTheHardThing';
import { SUMMARY_LABEL_KEYS, type SummaryItem } from '../src/domain/draftSummary';
import { quoteOf } from '../src/language';
import { saidNotAPart } from '../src/language/editRequest';
import { normaliseMessage } from '../src/language/text';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import { listNumberIn } from '../src/language/listNumber';
import { asksToRemoveLast } from '../src/language/lastRemoval';
import type { Position } from './journey';
import { forgetAnswered } from './removeParts';
import { numbersNamed } from './reviewListShown';
import { changeableItems, matchItems, removableItems } from './reviewItems';
import { JUST_NEED, notUnderstood, REMOVE_CHOICES, REMOVE_NEED_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question, Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { quotedList } from './quotedList';

/*
 * "delete 1 and 3", "both. 1 and 2", "remove both of them" once the bot has listed some parts:
 * exactly those parts are read back together, taken out after one yes, and named when done.
 */

/** Words that may stand around the numbers: "both. 1 and 2", "numbers 2, 4 and 5 please". */
const AROUND = new Set('both and n & + numbers number no nos items item parts part ones one the of them those these please pls yes yeah yep ok okay delete remove take out get rid just'.split(' '));
const BOTH = /^(?:(?:yes|yeah|ok|okay|just|please|pls)\s+)*(?:(?:delete|remove|take out|get rid of|bin)\s+)?(?:both|both of them|both of those|both ones|them both|the two of them|the both of them|both please)(?:\s+(?:please|pls|out))*$/;

/** "all of them", "all three": every part of a short list (never the whole plan, which is "delete my data"). */
const ALL = /^(?:(?:yes|yeah|ok|okay|just|please|pls)\s+)*(?:(?:delete|remove|take out|get rid of|bin)\s+)?(?:all of them|all of those|all of these|them all|all three|all 3|all four|all 4|the lot)(?:\s+(?:please|pls|out))*$/;
const MOST_LISTED = 4;
/** Said with a verb for taking out: "remove all of them" while a short list is open. */
export const REMOVE_WORD = /^(?:(?:please|pls|just|can you|can i)\s+)*(?:delete|remove|take out|get rid of|bin)\b/;

/** The listed parts named together by their numbers, "both" of two or "all" of a short list; empty when fewer than two are named. */
export function listedItems(items: readonly SummaryItem[], said: string): SummaryItem[] {
  const t = normaliseMessage(said);
  if (items.length === 2 && BOTH.test(t)) return [...items];
  if (items.length >= 2 && items.length <= MOST_LISTED && ALL.test(t)) return [...items];
  const words = t.split(/[\s,.;:!?]+/).filter(Boolean);
  if (!words.every((w) => /^\d{1,2}$/.test(w) || AROUND.has(w))) return [];
  const picked = [...new Set(words.filter((w) => /^\d{1,2}$/.test(w)).map(Number))].map((n) => items[n - 1]);
  return picked.length >= 2 && picked.every(Boolean) ? (picked as SummaryItem[]) : [];
}

/** "the swimming one and the bus one", "the cat one, the job one": the pieces of a message that names parts together. */
const JOINED = /\s*(?:,|&|\+|;|\band\b|\bplus\b|\bn\b)\s*/;

/**
 * Parts named together by their words: each piece names one part (`picked`), or one piece fits a
 * few (`open`, to pick from). Undefined when the message names fewer than two parts, a piece names
 * none, or two pieces name the same part ("the cats and dogs one" is one part).
 */
export function namedTogether(draft: Draft, items: readonly SummaryItem[], said: string): { picked: SummaryItem[]; open: SummaryItem[] } | undefined {
  const pieces = said.split(JOINED).map((p) => p.trim()).filter((p) => /[a-z]/i.test(p));
  if (pieces.length < 2) return undefined;
  const picked: SummaryItem[] = [];
  let open: SummaryItem[] = [];
  for (const piece of pieces) {
    const fits = matchItems(draft, items, piece);
    if (fits.length === 0 || (fits.length > 1 && open.length > 0)) return undefined;
    if (fits.length === 1) picked.push(fits[0]!);
    else open = fits;
  }
  const ids = new Set(picked.map((i) => i.id));
  if (ids.size !== picked.length || open.some((i) => ids.has(i.id)) || picked.length + (open.length > 0 ? 1 : 0) < 2) return undefined;
  return { picked, open };
}

/** The position that reads the parts back together. */
export const removeManyAt = (items: readonly SummaryItem[]): Next => ({ goTo: { step: Step.reviewChange, data: { remove: 'yes', [D.many]: items.map((i) => i.id).join(' ') } } });

function named(draft: Draft, position: Position): SummaryItem[] {
  const ids = (position.data?.[D.many] ?? '').split(' ');
  const items = changeableItems(draft);
  return ids.map((id) => items.find((i) => i.id === id)).filter((i): i is SummaryItem => i !== undefined);
}

/** One line a part; the words are escaped with the other placeholders when said. */
const list = (items: readonly SummaryItem[]) => quotedList(items.map((i) => quoteOf(i.text)));

export function removeManyQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  if (!draft || !position.data?.[D.many]) return undefined;
  const items = named(draft, position);
  // A hope's own needs and goals go with it: said before the yes.
  const more = draft && withDependents(draft, items.map((i) => i.id)).length > items.length;
  return { step: Step.reviewChange, words: { key: more ? T.removeManyConfirmWithParts : T.removeManyConfirm, vars: { list: list(items) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

export async function answerRemoveMany(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const answer = understandYesNo(text);
  if (answer === 'no') return { say: [{ key: T.removeKeptMany }], goTo: { step: Step.reviewSummary } };
  if (answer !== 'yes') return notUnderstood(position);
  const items = named(draft, position);
  const ids = withDependents(draft, items.map((i) => i.id));
  await session.updateDraft('taken out in review', (d) => removeItems(d, ids));
  await forgetAnswered(session, ids);
  return { say: [{ key: ids.length > items.length ? T.removedManyWithParts : T.removedMany, vars: { list: list(items) } }], goTo: { step: Step.reviewSummary } };
}

/** What already helps with a need, gone with it when it is taken out. */
const helpOfNeed = (draft: Draft, id: string): readonly string[] => draft.needs.find((n) => n.id === id)?.helps ?? [];

/** "Take X out of your plan?", saying when the hard things and goals of a hope go with it. */
export function removeOneQuestion(draft: Draft, item: SummaryItem, byKind = true): Question {
  const more = withDependents(draft, [item.id]).length > 1;
  // A need with what helps it: that help goes too, so it is said, never dropped silently.
  // Which help is said by its words, and "just the hard thing" keeps it.
  const helps = helpOfNeed(draft, item.id);
  if (helps.length > 0) {
    const help = helps.map((h) => `"${quoteOf(h)}"`).join(', ');
    return { step: Step.reviewChange, words: { key: T.removeConfirmWithHelp, vars: { text: quoteOf(item.text), help } }, choices: REMOVE_NEED_CHOICES, understand: (said) => (saysJustTheHardThing(said) ? JUST_NEED : understandYesNo(said)) };
  }
  // Nothing goes before the person has seen all of it, named by its kind ("this goal") and words, never
  // by a place in a list they may not have seen; a part named in the chat is read back by its words alone.
  if (byKind) return { step: Step.reviewChange, words: { key: kindKey(item, more), vars: { text: item.text } }, choices: REMOVE_CHOICES, understand: understandYesNo };
  return { step: Step.reviewChange, words: { key: more ? T.removeConfirmWithParts : T.removeConfirm, vars: { text: quoteOf(item.text) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

/** "Take out this goal?": the question naming the kind of part, and what else goes with it. */
function kindKey(item: SummaryItem, more: boolean): string {
  if (item.labelKey === SUMMARY_LABEL_KEYS.aspiration) return more ? T.removeConfirmHopeWithParts : T.removeConfirmHope;
  if (more) return T.removeConfirmPartWithParts;
  if (item.labelKey === SUMMARY_LABEL_KEYS.need) return T.removeConfirmNeed;
  return item.labelKey === SUMMARY_LABEL_KEYS.outcome ? T.removeConfirmGoal : T.removeConfirmPart;
}

/** "just the hard thing": the hard thing goes, what helps with it is kept (under another hard thing of the hope, else as support). */
export async function removeNeedOnly(session: JourneySession, draft: Draft, itemId: string, toNeedId?: string): Promise<Next> {
  const need = draft.needs.find((n) => n.id === itemId);
  const kept = removeNeedKeepingHelp(draft, itemId, toNeedId);
  await session.updateDraft('hard thing taken out, help kept, in review', (d) => removeNeedKeepingHelp(d, itemId, toNeedId).draft);
  await forgetAnswered(session, [itemId]);
  const text = quoteOf(need?.text ?? '');
  return { say: [kept.needText ? { key: T.removedKeptHelpUnder, vars: { text, need: quoteOf(kept.needText) } } : { key: T.removedKeptHelpSupport, vars: { text } }], goTo: { step: Step.reviewSummary } };
}

/** One part taken out after a yes; a hope takes its own needs (and their help) and goals with it, so none is left linked to no hope. */
export async function removeOne(session: JourneySession, draft: Draft, itemId: string): Promise<Next> {
  const ids = withDependents(draft, [itemId]);
  const need = helpOfNeed(draft, itemId).length > 0 ? draft.needs.find((n) => n.id === itemId) : undefined;
  await session.updateDraft('taken out in review', (d) => removeItems(d, ids));
  await forgetAnswered(session, ids);
  if (need) return { say: [{ key: T.removedWithHelp, vars: { text: quoteOf(need.text), help: (need.helps ?? []).map((h) => `"${quoteOf(h)}"`).join(', ') } }], goTo: { step: Step.reviewSummary } };
  return { say: [removedWords(draft, itemId, ids.length > 1)], goTo: { step: Step.reviewSummary } };
}

/** What was taken out, by its words; a goal's hope stays, and is said to stay, so it is never thought lost. */
function removedWords(draft: Draft, itemId: string, withParts: boolean): Words {
  // A goal's own answer ("what it would make possible") is said by its words too, never as "".
  const text = quoteOf(removableItems(draft).find((i) => i.id === itemId)?.text ?? '');
  const outcome = draft.outcomes.find((o) => o.id === itemId);
  const hope = outcome && draft.aspirations.find((a) => a.id === outcome.aspirationId);
  if (hope) return { key: T.removedOutcome, vars: { text, hope: quoteOf(hope.text) } };
  return { key: withParts ? T.removedWithParts : T.removed, vars: { text } };
}

/**
 * "delete that last answer": the part added last, read back for a yes. The last question answered
 * that added a part still in the plan says which; without one, the last part in the list.
 */
export function removeLastAt(draft: Draft, answered: Readonly<Record<string, readonly string[]>>, text: string): Next | undefined {
  if (!asksToRemoveLast(text)) return undefined;
  const items = changeableItems(draft);
  const ids = new Set(items.map((i) => i.id));
  const added = Object.values(answered).flat().filter((id) => ids.has(id));
  const last = added[added.length - 1] ?? items[items.length - 1]?.id;
  return last ? { goTo: { step: Step.reviewChange, data: { itemId: last, remove: 'yes', namedInChat: 'yes' } } } : undefined;
}

/** "25" or "change number 25" with fewer parts in the list: which numbers there are, and the pick again. */
export function numberNotInList(count: number, text: string, data: Record<string, string> = {}): Next | undefined {
  const number = listNumberIn(text);
  if (number === undefined || count === 0 || (number >= 1 && number <= count)) return undefined;
  return { say: [{ key: T.numberNotInList, vars: { number: String(number), count: String(count) } }], goTo: { step: Step.reviewChange, data }, miss: true };
}

/**
 * Picking the part to change or take out, named by its number or words: one part, the few that
 * fit ("delete the laptop one" with two laptops: those two to pick from), or several named
 * together ("delete 1 and 3"). `remove` is what followed "delete" (null when not said).
 */
export function pickPart(draft: Draft, all: readonly SummaryItem[], position: Position, text: string, remove: string | null, removing: boolean): Next {
  const named = remove !== null ? remove : text;
  const mode: Record<string, string> = removing || remove !== null ? { remove: 'yes' } : {};
  const items = listedOnly(all, position);
  // "number 25" when the list has 6: said kindly, with how far the list goes, and asked again.
  const tooFar = numberNotInList(items.length, named, mode);
  if (tooFar) return tooFar;
  // "4 and 5", "43 can go": each number is acted on, or none when one is past the end.
  const numbers = numbersNamed(items, named, mode);
  if (numbers) return numbers;
  const together = mode.remove ? listedItems(items, named) : [];
  if (together.length > 1) return removeManyAt(together);
  // "take out the swimming one and the bus one": both read back for one yes; a piece that fits a few is picked first.
  const joined = mode.remove ? namedTogether(draft, items, named) : undefined;
  if (joined && joined.open.length === 0) return removeManyAt(joined.picked);
  if (joined) return { goTo: { step: Step.reviewChange, data: { ...mode, [D.choose]: joined.open.map((m) => m.id).join(' '), [D.also]: joined.picked.map((m) => m.id).join(' ') } } };
  const matched = named ? matchItems(draft, items, named) : [];
  const picked = matched.length === 1 ? matched[0] : undefined;
  // "the job one" fits the job hope and its goal alike: only those two are offered, to tap or name.
  if (!picked && matched.length > 1 && matched.length < items.length) return { goTo: { step: Step.reviewChange, data: { ...mode, [D.choose]: matched.map((m) => m.id).join(' ') } } };
  if (!picked) return remove !== null ? { goTo: { step: Step.reviewChange, data: mode } } : notUnderstood(position);
  return { goTo: { step: Step.reviewChange, data: { itemId: picked.id, ...mode } } };
}

/** Once a few parts are listed to choose from, only those are meant. */
function listedOnly(items: readonly SummaryItem[], position: Position): readonly SummaryItem[] {
  const ids = position.data?.[D.choose]?.split(' ');
  const listed = ids ? items.filter((i) => ids.includes(i.id)) : [];
  return listed.length > 0 ? listed : items;
}

/** "the goal", "my goal", "no the goal": the goal itself, not a wish to see all the goals. */
const GOAL_ONLY = /^(?:(?:no|nah|nope|i mean|i meant|its|it is|it s|the one is)\s+)*(?:the|my|that|this)\s+(?:goal|outcome|target)(?:\s+(?:one|bit|part|pls|please|plz))*$/;

/** Goal words where a part is picked: the one goal listed (or in the plan) is opened; undefined when there are several. */
export function goalNamedAtPick(items: readonly SummaryItem[], position: Position, text: string, removing: boolean): Next | undefined {
  if (!GOAL_ONLY.test(normaliseMessage(text))) return undefined;
  const goals = listedOnly(items, position).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.outcome);
  if (goals.length !== 1) return undefined;
  return { goTo: { step: Step.reviewChange, data: { itemId: goals[0]!.id, ...(removing ? { remove: 'yes' } : {}) } } };
}

/**
 * "she comes wiv me to new places isnt a hard thing" while choosing a part to change, or where its
 * new words are asked for: that part is to come out, read back for a yes; never its new words.
 * `removing` is the review's note that its change step is taking a part out.
 */
export function notAPartAtChange(draft: Draft, items: readonly SummaryItem[], itemId: string | undefined, text: string, removing: string): Next | undefined {
  const said = saidNotAPart(text);
  if (!said) return undefined;
  const named = said.about ? matchItems(draft, items, said.about) : [];
  const picked = itemId && (said.current || named.some((i) => i.id === itemId)) ? itemId : !itemId && named.length === 1 ? named[0]!.id : undefined;
  return picked ? { goTo: { step: Step.reviewChange, data: { itemId: picked, remove: removing, namedInChat: 'yes' } } } : undefined;
}
