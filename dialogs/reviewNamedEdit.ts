import { hopeNearerThanGoal } from './reviewHopeShaped';
import { addProvision, markItemChanged, removeItem, updateOutcome, type Draft, type Outcome } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, summaryItems, type SummaryItem, type SummaryLabelKey } from '../src/domain/draftSummary';
import { outcomePartItemId } from '../src/domain/itemIds';
import { familyOrOtherGiverOf, howOftenOf, leftBroken, providerOf, quoteOf } from '../src/language';
import { readNamedEdits, type NamedEdit, type NamedField } from '../src/language/namedEdit';
import { wordsNamedToRemove, withWordsRemoved, wordsToRemove } from '../src/language/wordsToRemove';
import { controlAsideHolding } from '../src/language/controlAside';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { changeableItems, matchItems } from './reviewItems';
import { hopeOrGoalOut } from './reviewRemoveHopeOrGoal';
import { notUnderstood, REMOVE_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * A change asked at the review by pointing at the draft's own words ("take out the bit that says
 * sorry this is taking ages", "the chef one says by summer. can it just say by july", "the TA
 * reading group is help she needs, not what it makes possible", "delete 3", "3 no wen") goes to the
 * item those words are in, and is read back before anything changes. A message that points at
 * nothing the draft holds is left to the other readers.
 */

const FIELD_LABEL: Record<NamedField, SummaryLabelKey> = {
  measure: SUMMARY_LABEL_KEYS.outcomeMeasure,
  when: SUMMARY_LABEL_KEYS.outcomeWhen,
  doesForMe: SUMMARY_LABEL_KEYS.outcomeDoesForMe,
  makesPossible: SUMMARY_LABEL_KEYS.outcomeMakesPossible,
  help: SUMMARY_LABEL_KEYS.provision,
};
export const LABEL_FIELD = new Map<string, NamedField>(Object.entries(FIELD_LABEL).map(([field, label]) => [label, field as NamedField]));
/** Parts of an outcome whose words can be edited with the outcome's own field questions. */
export const WORD_FIELDS = new Set<NamedField>(['measure', 'doesForMe', 'makesPossible']);

/** Everything a person can point at: their own items, and each part of each outcome. */
export function pointable(draft: Draft): SummaryItem[] {
  const parts = new Set<string>([...LABEL_FIELD.keys()]);
  const changeable = new Set(changeableItems(draft).map((i) => i.id));
  return summaryItems(draft).filter((i) => changeable.has(i.id) || parts.has(i.labelKey));
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019'`]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Whether the item holds these words, in this order (a word or two may differ: "wiv", "wud"). */
export function holds(item: SummaryItem, said: string): boolean {
  const have = ` ${words(item.text).join(' ')} `;
  const want = words(said);
  if (want.length === 0) return false;
  if (have.includes(` ${want.join(' ')} `)) return true;
  const found = want.filter((w) => have.includes(` ${w} `)).length;
  return want.length >= 3 && found / want.length >= 0.8;
}

export const outcomeIdOf = (item: SummaryItem): string | undefined => (item.labelKey === SUMMARY_LABEL_KEYS.outcome ? item.id : item.parentId);

/** The outcomes named as "the chef one": by their own words or their hope's. */
function outcomesNamed(draft: Draft, one: string): Outcome[] {
  const items = summaryItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.outcome || i.labelKey === SUMMARY_LABEL_KEYS.aspiration);
  const ids = new Set(matchItems(draft, items, one).flatMap((i) => (i.labelKey === SUMMARY_LABEL_KEYS.outcome ? [i.id] : draft.outcomes.filter((o) => o.aspirationId === i.id).map((o) => o.id))));
  return draft.outcomes.filter((o) => ids.has(o.id));
}

/** The one item an edit points at; undefined when none or several fit. */
function itemOf(draft: Draft, edit: NamedEdit): SummaryItem | undefined {
  let items = pointable(draft);
  if (edit.one) {
    const named = new Set(outcomesNamed(draft, edit.one).map((o) => o.id));
    if (named.size > 0) items = items.filter((i) => named.has(outcomeIdOf(i) ?? ''));
  }
  // "the first one shud say ...": the goal in that place in the plan.
  if (edit.ordinal) {
    const goal = edit.ordinal > 0 ? draft.outcomes[edit.ordinal - 1] : draft.outcomes[draft.outcomes.length - 1];
    items = goal ? items.filter((i) => outcomeIdOf(i) === goal.id) : [];
  }
  if (edit.field && !edit.says) items = items.filter((i) => i.labelKey === FIELD_LABEL[edit.field!]);
  // "change the chef one to ...": the goal's own sentence.
  if ((edit.one || edit.ordinal) && !edit.field && !edit.says) items = items.filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.outcome);
  if (edit.says) {
    const holding = items.filter((i) => holds(i, edit.says!));
    // The part named ("how we will know") first; else the item that is most nearly those words.
    const inField = edit.field ? holding.filter((i) => i.labelKey === FIELD_LABEL[edit.field!]) : [];
    const fits = inField.length > 0 ? inField : holding;
    const shortest = Math.min(...fits.map((i) => i.text.length));
    items = fits.filter((i) => i.text.length === shortest);
  }
  if (items.length > 1 && edit.to) return likeNewWords(items, edit.to);
  return items.length === 1 ? items[0] : undefined;
}

/** Of several parts that fit, the one the new words most plainly rework ("work experience in a kitchen"). */
function likeNewWords(items: readonly SummaryItem[], to: string): SummaryItem | undefined {
  const want = new Set(words(to).filter((w) => w.length > 3));
  const scored = items.map((item) => ({ item, shared: words(item.text).filter((w) => want.has(w)).length })).sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  return best && best.shared >= 2 && (!next || best.shared > next.shared) ? best.item : undefined;
}

/** The item a leading number names: the change list's; the words after it, when they are an item's own, win. */
function numberedItem(draft: Draft, edit: NamedEdit, text: string): SummaryItem | undefined {
  const all = changeableItems(draft);
  const rest = text.replace(/^\D*?(?=\d)/, '');
  // "delete 3 no wen" where a hope says "3 no wen": that item, not number 3.
  const exact = all.filter((i) => words(i.text).join(' ') === words(rest).join(' '));
  if (exact.length === 1) return exact[0];
  return all[(edit.number ?? 0) - 1];
}

const at = (data: Record<string, string>): Next => ({ goTo: { step: Step.reviewChange, data } });

/** The next thing to do for one edit; undefined when its item cannot be found for sure. */
function nextFor(draft: Draft, edit: NamedEdit, text: string, rest: string): Next | undefined {
  const then: Record<string, string> = rest ? { [D.then]: rest } : {};
  // "change the tattoo one to tattoo artist": words nearer the hope than its goal are the hope's.
  const hope = edit.action === 'change' && edit.one && edit.to && !edit.field && !edit.says ? hopeNearerThanGoal(draft, edit.one, edit.to) : undefined;
  if (hope && edit.to) return at({ itemId: hope.id, [D.newText]: edit.to, ...then });
  const item = edit.number !== undefined ? numberedItem(draft, edit, text) : itemOf(draft, edit);
  if (!item) return undefined;
  const outcomeId = outcomeIdOf(item);
  const outcome = draft.outcomes.find((o) => o.id === outcomeId);
  const field = LABEL_FIELD.get(item.labelKey);
  switch (edit.action) {
    case 'noDate': {
      // "3 no wen": the goal that is (or holds) item 3, else goal 3.
      const goal = outcome ?? draft.outcomes[(edit.number ?? 0) - 1];
      return goal ? at({ itemId: goal.id, [D.field]: 'when', ...then }) : undefined;
    }
    case 'toHelp':
      return outcome && field !== 'help' && item.labelKey !== SUMMARY_LABEL_KEYS.outcome ? at({ itemId: item.id, [D.helpMove]: 'toHelp', ...then }) : undefined;
    case 'notHelp':
      return field === 'help' ? at({ itemId: item.id, [D.helpMove]: 'outOfHelp', ...then }) : undefined;
    case 'change': {
      if (!edit.to) return undefined;
      if (outcome && (field === 'when' || (edit.field === 'when' && item.labelKey === SUMMARY_LABEL_KEYS.outcome))) return at({ itemId: outcome.id, [D.field]: 'when', [D.newText]: edit.to });
      if (outcome && field && WORD_FIELDS.has(field)) return at({ itemId: outcome.id, [D.field]: field, [D.newText]: edit.to });
      return changeableItems(draft).some((i) => i.id === item.id) ? at({ itemId: item.id, [D.newText]: edit.to }) : undefined;
    }
    case 'remove':
      // "remove the football one" with a hope and its goal both about football: which one, never a guess.
      return hopeOrGoalOut(draft, edit, item) ?? removalFrom(draft, item, edit.says) ?? wholePartOut(item);
    default:
      return undefined;
  }
}

/** Some words taken out of an item (read back first), or the whole item when the words are most of it. */
function removalFrom(draft: Draft, item: SummaryItem, said: string | undefined): Next | undefined {
  const outcome = draft.outcomes.find((o) => o.id === outcomeIdOf(item));
  const field = LABEL_FIELD.get(item.labelKey);
  // Only some of the words go: the rest of the part stays, read back first.
  const says = said ? wholeSentence(item.text, said) : undefined;
  // Words that are most of the part name the part itself ("delete the bit that says wait that was a question").
  // Whole sentences quoted from a longer answer ("And me being able to sleep at night. ...") are only those sentences, however long.
  const sentencesLeft = says ? withoutSentences(item.text, says) : undefined;
  const most = says ? words(says).length >= 0.6 * words(item.text).length && !sentencesLeft : true;
  const left = says && !most ? (sentencesLeft ?? withWordsRemoved(item.text, says)) : undefined;
  const removed: Record<string, string> = says ? { [D.removed]: says } : {};
  // A cut that would leave half a sentence ("...like, maybe they could turn off.") asks for the new words instead.
  if (left && says && leftBroken(left)) return { say: [{ key: T.cutLeavesBroken, vars: { words: quoteOf(says) } }], ...(outcome && field && WORD_FIELDS.has(field) ? at({ itemId: outcome.id, [D.field]: field }) : at({ itemId: item.id })) };
  if (left && outcome && field && WORD_FIELDS.has(field)) return at({ itemId: outcome.id, [D.field]: field, [D.newText]: left.replace(/\.$/, ''), ...removed });
  if (left) return changeableItems(draft).some((i) => i.id === item.id) ? at({ itemId: item.id, [D.newText]: left, ...removed }) : undefined;
  return changeableItems(draft).some((i) => i.id === item.id) ? at({ itemId: item.id, remove: 'yes' }) : undefined;
}

/** `text` without the whole sentences `said` holds, when enough of the answer is left beside them (a later sentence quoted from a longer answer). */
function withoutSentences(text: string, said: string): string | undefined {
  const sentences = text.match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()).filter((s) => words(s).length > 0) ?? [];
  const want = words(said).join(' ');
  for (let from = 0; from < sentences.length; from++) {
    for (let to = from + 1; to <= sentences.length; to++) {
      if (sentences.slice(from, to).flatMap(words).join(' ') !== want) continue;
      const left = [...sentences.slice(0, from), ...sentences.slice(to)];
      // The first sentence quoted, with a few words after it, names the part itself ("delete the bit that says wait that was a question").
      const enough = left.flatMap(words).length >= (from > 0 ? 3 : 5);
      return enough ? left.join(' ') : undefined;
    }
  }
  return undefined;
}

/** A goal's whole answer named by its words ("so many questions man" was all it said): that answer alone comes out, after a yes. */
function wholePartOut(item: SummaryItem): Next | undefined {
  return LABEL_FIELD.has(item.labelKey) ? at({ itemId: item.id, remove: 'yes', namedInChat: 'yes' }) : undefined;
}

/**
 * "take out biscit" typed where new words for a part are asked: those words come out of that part,
 * or out of another part of the same goal that holds them. Undefined when none holds them.
 */
export function wordsOutOf(draft: Draft, item: SummaryItem, said: string): Next | undefined {
  const outcomeId = outcomeIdOf(item);
  const near = pointable(draft).filter((i) => i.id === item.id || (outcomeId !== undefined && outcomeIdOf(i) === outcomeId));
  const holding = near.filter((i) => holds(i, said));
  const found = holding.find((i) => i.id === item.id) ?? (holding.length === 1 ? holding[0] : undefined);
  // "delete the bit that says its literally the same thing": all a goal's answer said, so that answer goes.
  return found ? (removalFrom(draft, found, said) ?? wholePartOut(found)) : undefined;
}

/** "sorry this is taking ages" that starts a sentence of the item names all of that sentence. */
function wholeSentence(text: string, said: string): string {
  const sentence = text.split(/(?<=[.!?])\s+/).find((s) => words(s).join(' ').startsWith(words(said).join(' ')));
  return sentence && sentence !== text ? sentence.replace(/[.!?]+$/, '') : said;
}

/**
 * A part of the one goal named by its words ("the help for the bus goal", "the how we know bit of the
 * bus one"): the date or that part's new words asked for (a pick when the help has several pieces).
 * Undefined when no goal or several fit, or that goal has no help yet.
 */
function partOfGoalNamed(draft: Draft, edit: NamedEdit): Next | undefined {
  if (!edit.one || !edit.field) return undefined;
  const goals = outcomesNamed(draft, edit.one);
  const goal = goals.length === 1 ? goals[0]! : undefined;
  if (!goal) return undefined;
  // "change the how we know bit of the bus one": that part of that goal asked for, with what it says now.
  if (edit.field === 'when' || WORD_FIELDS.has(edit.field)) return at({ itemId: goal.id, [D.field]: edit.field });
  const help = changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.provision && i.parentId === goal.id);
  if (help.length === 1) return at({ itemId: help[0]!.id });
  return help.length > 1 ? at({ [D.choose]: help.map((h) => h.id).join(' ') }) : undefined;
}

/**
 * A change pointed at in a review message, and where it leads; undefined when the message points
 * at nothing the draft holds. `from` skips edits already done (the rest of one message).
 */
export function namedEditIn(draft: Draft | undefined, text: string, from = 0): Next | undefined {
  if (!draft) return undefined;
  // "take out 'pretty obvious really'", "delete the words so many questions man": the one part
  // holding those words (a goal's own answers too) loses them, read back first. Words no part holds
  // are said not found and the part asked for: never a guess at a part that does not hold them.
  // "take out the liam bit": the one part with an aside about Liam's leave loses that aside, never the whole part.
  const named = from === 0 ? wordsToRemove(text) : undefined;
  const asides = named ? pointable(draft).flatMap((i) => ((w) => (w ? [{ i, w }] : []))(controlAsideHolding(i.text, named))) : [];
  if (asides.length === 1) return removalFrom(draft, asides[0]!.i, asides[0]!.w);
  const quoted = from === 0 ? wordsNamedToRemove(text) : undefined;
  const holding = quoted ? pointable(draft).filter((i) => holds(i, quoted)) : [];
  if (quoted && holding.length === 1) return removalFrom(draft, holding[0]!, quoted) ?? wholePartOut(holding[0]!);
  const changeable = new Set(changeableItems(draft).map((i) => i.id));
  if (quoted && holding.length > 1 && holding.every((i) => changeable.has(i.id))) return at({ remove: 'yes', [D.choose]: holding.map((i) => i.id).join(' ') });
  if (quoted && holding.length > 1) return undefined;
  if (quoted) return { say: [{ key: T.wordsNotInPlan, vars: { words: quoteOf(quoted) } }], goTo: { step: Step.reviewChange, data: { remove: 'yes' } } };
  const edits = readNamedEdits(text);
  for (let i = from; i < edits.length; i++) {
    const edit = edits[i]!;
    // "change the help for the bus goal": that goal's help or date opened, never a move.
    const part = edit.action === 'point' ? partOfGoalNamed(draft, edit) : undefined;
    if (part) return part;
    // "3" or "the chef one" alone is a pick, made at the change list.
    if (edit.action === 'point') continue;
    const next = nextFor(draft, edit, text, i + 1 < edits.length ? `${i + 1} ${text}` : '');
    if (next) return next;
  }
  return undefined;
}

/** The rest of a message with several changes, once one is done: the next change, else the read-back. */
export function afterNamedEdit(draft: Draft, position: Position, done: Next): Next {
  const then = position.data?.[D.then];
  const split = then ? /^(\d+) ([\s\S]*)$/.exec(then) : null;
  const next = split ? namedEditIn(draft, split[2]!, Number(split[1])) : undefined;
  return next ? { ...next, say: [...(done.say ?? []), ...(next.say ?? [])] } : done;
}

/** Whether the open question moves words to or from the help. */
export const isHelpMovePosition = (position: Position): boolean => Boolean(position.data?.[D.helpMove] && position.data?.itemId);

export function helpMoveQuestion(draft: Draft | undefined, position: Position): Question | undefined {
  const item = draft && pointable(draft).find((i) => i.id === position.data?.itemId);
  if (!item || !draft) return undefined;
  const outcome = draft.outcomes.find((o) => o.id === item.parentId);
  const key = position.data?.[D.helpMove] === 'toHelp' ? T.helpMoveTo : outcome && !outcome.makesPossible ? T.helpMoveToPossible : T.helpMoveOut;
  return { step: Step.reviewChange, words: { key, vars: { text: quoteOf(item.text), outcome: quoteOf(outcome?.statement ?? '') } }, choices: REMOVE_CHOICES, understand: understandYesNo };
}

/** After a yes: help taken from another part into the help, or out of the help (to what it makes possible when that is empty). */
export async function answerHelpMove(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const item = pointable(draft).find((i) => i.id === position.data?.itemId);
  const outcome = item && draft.outcomes.find((o) => o.id === item.parentId);
  if (!item || !outcome) return { goTo: { step: Step.reviewSummary } };
  const answer = understandYesNo(text);
  if (answer === 'no') return afterNamedEdit(draft, position, { say: [{ key: T.removeKept }], goTo: { step: Step.reviewSummary } });
  if (answer !== 'yes') return notUnderstood(position);
  const said = item.text;
  const updated = await session.updateDraft('help moved in review', (d) => {
    if (position.data?.[D.helpMove] === 'toHelp') {
      const without = removeItem(d, item.id);
      return markItemChanged(addProvision(without, outcome.id, said, providerOf(said), howOftenOf(said), familyOrOtherGiverOf(said)).draft, outcome.id, session.today);
    }
    const without = removeItem(d, item.id);
    const current = without.outcomes.find((o) => o.id === outcome.id);
    const moved = current && !current.makesPossible ? updateOutcome(without, outcome.id, { makesPossible: said }) : without;
    return markItemChanged(moved, outcomePartItemId(outcome.id, 'makesPossible'), session.today);
  });
  return afterNamedEdit(updated, position, { say: [{ key: T.changed }], goTo: { step: Step.reviewSummary } });
}
