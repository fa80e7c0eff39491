import { markItemChanged, updateOutcome, type Draft, type Outcome, type Timeframe } from '../src/domain/draft';
import { SUMMARY_LABEL_KEYS, summaryItems, type SummaryItem } from '../src/domain/draftSummary';
import { outcomePartItemId } from '../src/domain/itemIds';
import { longDate } from '../src/domain/dates';
import { outcomesNamed } from '../src/language/dateChange';
import { newWordsIn, outcomeSentence, quoteOf, readOutcomeField, readWhenAnswer } from '../src/language';
import { childVoice } from './outcomeQuestion';
import { cardWords } from './reviewCard';

/** "just put:", "change it to", "it should say": new words follow. */
const INSTRUCTED = /\b(?:change\s+(?:it|this|that)\s+(?:to|into)|make\s+it|should\s+(?:say|be|read)|just\s+(?:put|write|say)|put|write|i\s+want)\b/i;
import { readPolarity } from '../src/language/polarity';
import { partHoldsWords, readNotTheBit } from '../src/language/notTheBit';
import { understandYesNo } from './closedReplies';
import { Step } from './ids';
import { changeableItems, matchItems } from './reviewItems';
import type { Position } from './journey';
import { coachContextOf } from './outcomeCoach';
import { notUnderstood, REMOVE_CHOICES, RequestData as D, ReviewText as T } from './reviewText';
import type { Question } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * One field of an outcome changed at the review: "Goal is ok. I want change only We will know
 * by: ...", "change the date to next summer". Only that field changes, after a yes; the
 * outcome's own sentence stays as it was (its date phrase follows a new date).
 */

type Field = 'measure' | 'when' | 'doesForMe' | 'makesPossible';
const FIELD_LABEL: Record<Field, string> = { measure: T.cardMeasure, when: T.cardWhen, doesForMe: T.cardDoesForMe, makesPossible: T.cardMakesPossible };
const isField = (value: string | undefined): value is Field => value !== undefined && Object.hasOwn(FIELD_LABEL, value);
/** The parts of a goal that hold the person's own answers, in the order the card shows them. */
const PART_FIELDS = ['measure', 'doesForMe', 'makesPossible'] as const;
/** "the bus one": the outcome named by its words. */
const NAMED_ONE = /\bthe\s+([a-z][a-z' ]{1,30}?)\s+(?:one|goal|outcome|bit)\b/i;
/** "outcome 2", "goal number 2", "the 2nd goal": a goal by its place among the goals. */
const NTH_GOAL = /\b(?:outcome|goal|target)\s+(?:number\s+|no\.?\s+|#)?(\d{1,2})\b/i;
/** Said at the read-back or a pick, a field is a request only with words that ask for a change. */
const ASKS_CHANGE = /\b(?:change|changed|should|shud|different|wrong|only|instead|update|fix|edit|not right|swap|replace)\b/i;

/** The outcome an item is, or belongs to. */
function outcomeOfItem(draft: Draft, item: SummaryItem | undefined): Outcome | undefined {
  if (!item) return undefined;
  const id = item.labelKey === SUMMARY_LABEL_KEYS.outcome ? item.id : item.parentId;
  return draft.outcomes.find((o) => o.id === id);
}

/**
 * A field of an outcome named in a message, and where it leads: the new words read back for the
 * outcome being changed (or the only one), else a pick of the outcomes. Undefined when no field is named.
 * `picking`: said where the part to change is asked for.
 */
export function fieldRequestIn(draft: Draft | undefined, text: string, current?: SummaryItem, picking = false): Next | undefined {
  if (!draft || draft.outcomes.length === 0) return undefined;
  const outcome = outcomeOfItem(draft, current);
  if (current && !outcome) return undefined;
  // "not the sok bit. it makes me feel a big boy": the part holding "sok" gets the words after it.
  const notBit = outcome ? readNotTheBit(text) : null;
  const holding = notBit && outcome ? PART_FIELDS.find((f) => partHoldsWords(outcome[f], notBit.named)) : undefined;
  if (notBit && outcome && holding) return { goTo: { step: Step.reviewChange, data: { itemId: outcome.id, [D.field]: holding, [D.newText]: notBit.to } } };
  // Asked which part to change, "what will it help me do" names the part: no asking words are needed.
  if (!current && !picking && !ASKS_CHANGE.test(text)) return undefined;
  const change = readOutcomeField(text, draft.youngPerson.name);
  if (!change) return undefined;
  const words: Record<string, string> = change.to ? { [D.newText]: change.to } : {};
  const only = outcome ?? (draft.outcomes.length === 1 ? draft.outcomes[0] : namedOutcome(draft, text));
  if (only) return { goTo: { step: Step.reviewChange, data: { itemId: only.id, [D.field]: change.field, ...words } } };
  return { goTo: { step: Step.reviewChange, data: { [D.field]: change.field, [D.choose]: draft.outcomes.map((o) => o.id).join(' '), ...words } } };
}

/** The one outcome whose sentence, date or hope has the words of "the bus one"; undefined when none or several. */
export function namedOutcome(draft: Draft, text: string): Outcome | undefined {
  // "the measure for outcome 2", "goal number 2": the second goal in the plan.
  const nth = NTH_GOAL.exec(text)?.[1];
  if (nth) return draft.outcomes[Number(nth) - 1];
  // "the measure for the swimming one": the goal is named last, after "for the".
  const named = (NAMED_ONE.exec(text)?.[1] ?? '').replace(/^(?:.*\s)?(?:for|of|in|on|from)\s+the\s+/i, '');
  const found = named ? outcomesNamed(draft.outcomes, named, (o) => draft.aspirations.find((a) => a.id === o.aspirationId)?.text ?? '') : [];
  if (found.length === 1 || !named) return found.length === 1 ? found[0] : undefined;
  // "swimming" for "swim 5 metres": the review's own matcher, which reads words by their stems.
  const goals = matchItems(draft, changeableItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.outcome), named);
  return goals.length === 1 ? draft.outcomes.find((o) => o.id === goals[0]!.id) : undefined;
}

const FIELD_OF_LABEL: ReadonlyArray<readonly [string, Field]> = [
  [SUMMARY_LABEL_KEYS.outcomeMeasure, 'measure'],
  [SUMMARY_LABEL_KEYS.outcomeDoesForMe, 'doesForMe'],
  [SUMMARY_LABEL_KEYS.outcomeMakesPossible, 'makesPossible'],
];

/**
 * "change 'what would what provide. i dont understand that part.' to 'i dont know'": a goal's own
 * answer named by its words, with new words. That answer is read back for a yes, never a pick of every part.
 */
export function goalAnswerNamed(draft: Draft, splits: readonly { target: string; to: string }[]): Next | undefined {
  const answers = summaryItems(draft).filter((i) => FIELD_OF_LABEL.some(([label]) => label === i.labelKey));
  for (const split of splits) {
    const found = split.target && split.to ? matchItems(draft, answers, split.target) : [];
    const field = found.length === 1 ? FIELD_OF_LABEL.find(([label]) => label === found[0]!.labelKey)?.[1] : undefined;
    if (field && found[0]!.parentId) return { goTo: { step: Step.reviewChange, data: { itemId: found[0]!.parentId, [D.field]: field, [D.newText]: split.to } } };
  }
  return undefined;
}

/** Whether the open question is about one field of an outcome (once the outcome is known). */
export const isFieldPosition = (position: Position): boolean => isField(position.data?.[D.field]) && Boolean(position.data?.itemId);

function fieldText(session: JourneySession, outcome: Outcome, field: Field): string {
  const text = field === 'when' ? outcome.timeframe?.phrase : field === 'measure' ? outcome.measure : outcome[field];
  return text?.trim() ? text : session.t(T.cardNothing);
}

export function fieldQuestion(session: JourneySession, draft: Draft | undefined, position: Position): Question | undefined {
  const field = position.data?.[D.field];
  const outcome = draft?.outcomes.find((o) => o.id === position.data?.itemId);
  if (!isField(field) || !outcome) return undefined;
  const newText = position.data?.[D.newText];
  const removed = position.data?.[D.removed];
  // A parent's or carer's question names the part as their card does: "What it would do for Luca", never "for me".
  const label = draft ? cardWords(draft, session.t).t(FIELD_LABEL[field]) : session.t(FIELD_LABEL[field]);
  if (newText && removed) return { step: Step.reviewChange, words: { key: T.removeWords, vars: { words: quoteOf(removed), text: label } }, choices: REMOVE_CHOICES, understand: understandYesNo };
  // The question says which outcome changes, and how: "Change the date of "..." to "by July" (31 July 2027)?".
  const when = newText && field === 'when' && draft ? timeframeOf(session, draft, newText) : null;
  if (when) return { step: Step.reviewChange, words: { key: T.fieldConfirmWhen, vars: { item: quoteOf(outcome.statement), when: quoteOf(when.phrase), date: longDate(when.date) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
  if (newText) return { step: Step.reviewChange, words: { key: T.fieldConfirm, vars: { field: label, item: quoteOf(outcome.statement), text: quoteOf(newText) } }, choices: REMOVE_CHOICES, understand: understandYesNo };
  // A date is asked for by the goal it is for: "3 no wen" may be about a goal with none yet.
  if (field === 'when') return { step: Step.reviewChange, words: { key: T.fieldAskWhen, vars: { text: quoteOf(outcome.statement) } } };
  return { step: Step.reviewChange, words: { key: T.changeNewWords, vars: { text: quoteOf(fieldText(session, outcome, field)) } } };
}

/** A date the calendar can resolve, as when the outcome was made; a time already gone is none. */
export function timeframeOf(session: JourneySession, draft: Draft, words: string): Timeframe | null {
  const read = [words, `by ${words.trim()}`].map((t) => readWhenAnswer(t, coachContextOf(draft, session.today))).find((r) => r.timeframe);
  return read && !read.past ? read.timeframe : null;
}

async function keep(session: JourneySession, draft: Draft, outcome: Outcome, field: Field, words: string, position: Position): Promise<Next> {
  if (field !== 'when') {
    await session.updateDraft('outcome answer changed in review', (d) => markItemChanged(updateOutcome(d, outcome.id, { [field]: words }), outcomePartItemId(outcome.id, field), session.today));
    return { say: [{ key: T.changed }], goTo: { step: Step.reviewSummary } };
  }
  const timeframe = timeframeOf(session, draft, words);
  if (!timeframe) return { ...notUnderstood({ ...position, data: { itemId: outcome.id, [D.field]: field } }), miss: false };
  const statement = withNewTime(draft, outcome, timeframe);
  await session.updateDraft('date changed in review', (d) => markItemChanged(updateOutcome(d, outcome.id, { timeframe, statement }), outcomePartItemId(outcome.id, 'when'), session.today));
  // The new date is read back in the sentence that says it, so the change can be checked.
  return { say: [{ key: T.dateChanged, vars: { item: quoteOf(statement) } }], goTo: { step: Step.reviewSummary } };
}

/**
 * The sentence says its date in the person's words. Led by it ("By summer (July 2027), I will ..."),
 * it is led by the new time instead, built as every outcome sentence is; else the old words are
 * replaced where they stand.
 */
export function withNewTime(draft: Draft, outcome: Outcome, timeframe: Timeframe): string {
  const old = outcome.timeframe?.phrase ?? '';
  const at = old ? outcome.statement.toLowerCase().indexOf(old.toLowerCase()) : -1;
  const lead = /^[^,]{2,80},\s+(?=\S)/.exec(outcome.statement);
  if (lead && !/\bwill\b/i.test(lead[0]) && (at === 0 || !old)) return outcomeSentence({ step: outcome.statement.slice(lead[0].length), timeframe, ...childVoice(draft) });
  if (at < 0) return outcome.statement;
  const phrase = at === 0 ? timeframe.phrase.charAt(0).toUpperCase() + timeframe.phrase.slice(1) : timeframe.phrase;
  return `${outcome.statement.slice(0, at)}${phrase}${outcome.statement.slice(at + old.length)}`;
}

/** "I meant", "leave that one", "not how we will know": the field named is pointed at, and what follows is no new words. */
const POINTS_AT = /\b(?:i\s+meant?|i\s+mean|meant\s+to\s+say|leave\s+(?:that|this|it)|keep\s+(?:that|this|it)|not\s+(?:the\s+)?(?:how|what|when|date|measure))\b/i;

/**
 * Another field of the same outcome pointed at where this one's words are asked. Only when pointed
 * at: "he tells us how he would feel" is a measure that names no field.
 */
function otherFieldPointedAt(text: string, field: Field, name?: string): Field | undefined {
  if (!POINTS_AT.test(text)) return undefined;
  const named = readOutcomeField(text, name);
  return named && named.field !== field ? named.field : undefined;
}

/** New words for the field (kept: they are the person's own), or a yes to the words read back. */
export async function answerField(session: JourneySession, draft: Draft, position: Position, text: string): Promise<Next> {
  const field = position.data?.[D.field];
  const outcome = draft.outcomes.find((o) => o.id === position.data?.itemId);
  if (!isField(field) || !outcome) return { goTo: { step: Step.reviewSummary } };
  const newText = position.data?.[D.newText];
  if (!newText) {
    // "leave that one. It's the 'what it would do for him' part I meant": another field, this one kept.
    const other = otherFieldPointedAt(text, field, draft.youngPerson.name);
    if (other) return { goTo: { step: Step.reviewChange, data: { itemId: outcome.id, [D.field]: other } } };
    // "just put: his reading age goes up", never "just put:" kept; "for gods sake" is no new wording.
    const named = readOutcomeField(text, draft.youngPerson.name);
    // "the what it would do for luca part" names the part being asked about: never its new words.
    if (named && !named.to) return named.field === field ? { goTo: position } : { goTo: { step: Step.reviewChange, data: { itemId: outcome.id, [D.field]: named.field } } };
    const words = named?.to || newWordsIn(text);
    return words ? keep(session, draft, outcome, field, words, position) : notUnderstood(position);
  }
  const answer = understandYesNo(text);
  if (answer === 'yes') return keep(session, draft, outcome, field, newText, position);
  if (answer !== 'no') {
    // "just put: his reading age goes up when school test him" instead of a yes: those words read back instead.
    const instead = INSTRUCTED.test(text) ? newWordsIn(text) : null;
    if (instead && instead !== newText) return { goTo: { step: Step.reviewChange, data: { itemId: outcome.id, [D.field]: field, [D.newText]: instead } } };
    return notUnderstood(position);
  }
  // "no, it should say ...": those words read back instead; a plain "no" asks for them.
  const rest = readPolarity(text).rest.trim();
  // "no change it to: ..." is the new words, never the asking.
  const words = rest ? readOutcomeField(rest, draft.youngPerson.name)?.to || newWordsIn(rest) || rest : '';
  return { goTo: { step: Step.reviewChange, data: { itemId: outcome.id, [D.field]: field, ...(words && (field === 'when' || words.split(/\s+/).length >= 2) ? { [D.newText]: words } : {}) } } };
}
