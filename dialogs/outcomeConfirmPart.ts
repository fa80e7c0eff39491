import { updateOutcome, type Draft, type Outcome, type Timeframe } from '../src/domain/draft';
import { dateOnlyChange, timeInPiece } from '../src/language/dateOnly';
import { fieldsIn } from '../src/language/outcomeField';
import { readFieldEdit } from '../src/language/fieldEdit';
import { readPolarity } from '../src/language/polarity';
import { isTargetDate, quoteOf, type CoachContext } from '../src/language';
import { isPastDate } from '../src/language/whenDateKind';
import { talkAtReadBack, type ReadBackPart } from '../src/language/readBackReply';
import { keepsTheWording } from '../src/language/keepWording';
import { escapeRegExp, normaliseMessage } from '../src/language/text';
import { Step } from './ids';
import type { Position } from './journey';
import { coachContextOf } from './outcomeCoach';
import { EDITING_MEASURE } from './outcomeConfirmField';
import { OutcomeText as T } from './outcomeText';
import { offerShortStep } from './whenShortStep';
import type { Choice } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';

/*
 * At the read-back, a complaint or a question ("That doesn't sound right", "it says September then
 * July in brackets which is confusing?") changes nothing: the bot asks which part to change (the
 * sentence, the date, or how everyone will know), and opens that part. A part named ("the date",
 * "the how everyone will know bit") is opened at once.
 */

/** Position data at the read-back: "which part shall we change?" is open. */
export const WHICH_PART = 'whichPart';

export const WHICH_PART_CHOICES: readonly Choice[] = [
  { value: 'step', labelKey: T.partSentence, synonyms: ['the words', 'words', 'the outcome', 'the first bit', 'the first part', 'the goal'] },
  { value: 'when', labelKey: T.partDate, synonyms: ['date', 'the time', 'when', 'the brackets', 'brackets'] },
  { value: 'measure', labelKey: T.partMeasure, synonyms: ['how we will know', 'the measure', 'measure'] },
];

const NONE = /^(?:(?:no|nah|nope|oh|ok|okay)[\s,.!]+)*(?:none|nothing|neither|no\s+part|none\s+of\s+them|it'?s\s+(?:fine|ok|okay|right)|that'?s\s+(?:fine|ok|okay|right)|leave\s+it|all\s+(?:fine|good|ok))\b/;

/** The part chosen, in the buttons' words or their own ("the date", "the how everyone will know bit"); 'none' when they keep it. */
export function understandWhichPart(text: string): string | undefined {
  const said = normaliseMessage(text);
  const named = fieldsIn(said).map((f) => f.field).find((f) => f === 'step' || f === 'when' || f === 'measure');
  if (named) return named;
  if (/\bbrackets?\b/.test(said)) return 'when';
  if (NONE.test(said) || keepsTheWording(text)) return 'none';
  const { answer, rest } = readPolarity(text);
  return (answer === 'yes' || answer === 'no') && !rest ? 'none' : undefined;
}

/** "nah leave it, its ok", "none of them" at "which part?": the sentence read back is kept as it is (a bare "yes" says nothing of which). */
function keepsReadBack(text: string): boolean {
  return understandWhichPart(text) === 'none' && readPolarity(text).answer !== 'yes';
}

function readBackAt(position: Position, outcome: Outcome, extra: Record<string, string> = {}): Omit<Position, 'stage'> {
  const { [WHICH_PART]: _open, [EDITING_MEASURE]: _m, rewording: _r, sayIt: _s, ...kept } = position.data ?? {};
  return { step: Step.outcomeConfirm, ...(position.topic ? { topic: position.topic } : {}), data: { ...kept, outcomeId: outcome.id, ...extra } };
}

/** "Which part shall we change?" asked at the read-back; nothing is changed yet. */
export function askWhichPart(position: Position, outcome: Outcome): Next {
  return { goTo: readBackAt(position, outcome, { [WHICH_PART]: '1' }) };
}

/** A sentence already led by its old time keeps its words without it; the new time leads it when read back. */
export function wordsWithoutTime(outcome: Outcome): string {
  const old = outcome.timeframe?.phrase;
  const words = outcome.statement.replace(/^(?:by|in|before|within|until|at|around|when|after|during|this|next|from)\b[^,.!?]{2,80},\s*(?=\S+\s+will\b)/i, '');
  return old ? words.replace(new RegExp(`\\s*\\(?\\b${escapeRegExp(old)}\\b\\)?`, 'i'), '').trim() : words;
}

/**
 * Whether a time said at the read-back can be the outcome's: a time a term or more away always can;
 * a soon one only when the outcome is already a short step ("by this week" kept as it was said).
 */
export function timeFits(when: Timeframe, outcome: Outcome, context: CoachContext): boolean {
  return !isTargetDate(when.date, context) || (outcome.timeframe !== undefined && outcome.timeframe !== null && isTargetDate(outcome.timeframe.date, context));
}

/**
 * The part opened: new words for the sentence asked for, the date asked (or set, when given in
 * `words` or the whole message `said`), or the measure asked for.
 */
export async function openPart(session: JourneySession, position: Position, draft: Draft, outcome: Outcome, part: ReadBackPart, words?: string, said?: string): Promise<Next> {
  if (part === 'measure') return { goTo: readBackAt(position, outcome, { [EDITING_MEASURE]: '1' }) };
  if (part === 'step') return { goTo: readBackAt(position, outcome, { rewording: '1' }) };
  const context = coachContextOf(draft, session.today);
  // "Can the date just say September 2027": the time given is the new date, in their words.
  // "a bit too soon. july please": the whole message read for a new date first, as at any read-back.
  const when = (said ? dateOnlyChange(said, context) : null) ?? (words ? (dateOnlyChange(words, context) ?? timeInPiece(words, context)) : null);
  const dated = await newDateAtReadBack(session, position, draft, outcome, when);
  if (dated) return dated;
  await session.updateDraft('outcome date to change at the read-back', (d) => updateOutcome(d, outcome.id, { statement: wordsWithoutTime(outcome), confirmed: false }));
  return { say: [{ key: T.dateToChange }], goTo: { step: Step.outcomeWhen, ...(position.topic ? { topic: position.topic } : {}), data: { outcomeId: outcome.id, own: '1' } } };
}

/**
 * A new date said at the read-back: a term or more away, it is the outcome's, read back again; a
 * soon one ("change the date to christmas" in December) is a short step, said kindly, and the
 * step-or-bigger choice is asked. Undefined when no time was said, or it has gone by.
 */
export async function newDateAtReadBack(session: JourneySession, position: Pick<Position, 'topic'>, draft: Draft, outcome: Outcome, when: Timeframe | null): Promise<Next | undefined> {
  const context = coachContextOf(draft, session.today);
  if (!when || isPastDate(when.date, context.today)) return undefined;
  const statement = wordsWithoutTime(outcome);
  const topic = position.topic ? { topic: position.topic } : {};
  if (!timeFits(when, outcome, context)) {
    await session.updateDraft('outcome date to change at the read-back', (d) => updateOutcome(d, outcome.id, { statement, confirmed: false }));
    return offerShortStep(session, { step: Step.outcomeWhen, ...topic, data: { outcomeId: outcome.id, own: '1' } }, { ...outcome, statement }, when);
  }
  await session.updateDraft('outcome date changed at the read-back', (d) => updateOutcome(d, outcome.id, { statement, timeframe: when, confirmed: false }));
  return { say: [{ key: T.dateChanged, vars: { when: quoteOf(when.phrase) } }], goTo: { step: Step.outcomeConfirm, ...topic, data: { outcomeId: outcome.id } } };
}

/**
 * The answer to "which part shall we change?": that part opened; "it's fine" reads it back again;
 * new words for the sentence are read as any wording is (`asWording`); more talk asks once more.
 */
export async function answerWhichPart(
  session: JourneySession,
  position: Position,
  draft: Draft,
  outcome: Outcome,
  text: string,
  asWording: (at: Position, words?: string) => Promise<Next>,
): Promise<Next> {
  const choice = matchChoice(text, WHICH_PART_CHOICES, session.words) ?? understandWhichPart(text);
  const { [WHICH_PART]: _open, ...data } = position.data ?? {};
  // "the sentence should be: Tia will ...": the part named with its new words; only the words after the name are read.
  const given = readFieldEdit(text);
  if (given?.field === 'step' && given.words) return asWording({ ...position, data: { ...data, rewording: '1' } }, given.words);
  if (choice === 'none' && keepsReadBack(text)) return asWording({ ...position, data }, 'yes');
  if (choice === 'none') return { goTo: readBackAt(position, outcome) };
  if (choice === 'step' || choice === 'when' || choice === 'measure') return openPart(session, position, draft, outcome, choice);
  if (talkAtReadBack(text, draft.youngPerson.name)) return { goTo: position, miss: true };
  return asWording({ ...position, data: { ...data, rewording: '1' } });
}

const LITTLE_WORDS = new Set(['the', 'and', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'his', 'her', 'he', 'she', 'it', 'is', 'will', 'be', 'by', 'or', 'i', 'my', 'we', 'they', 'them', 'him']);

function wordsOf(text: string): Set<string> {
  return new Set(normaliseMessage(text).split(' ').filter((w) => w.length > 1 && !LITTLE_WORDS.has(w)));
}

function shareOf(words: Set<string>, of: string): number {
  const other = wordsOf(of);
  if (other.size === 0) return 0;
  return [...other].filter((w) => words.has(w)).length / other.size;
}

/**
 * "No that's lost the middle bit. It should say Jo will write down how long he sits ..., and he will
 * sit for 5 minutes on most days": new words that take in the measure read back, and not the
 * sentence, are the measure's new words.
 */
export function newWordsForMeasure(words: string | undefined, outcome: Outcome): string | undefined {
  if (!words || !outcome.measure) return undefined;
  const given = wordsOf(words);
  const measure = shareOf(given, outcome.measure);
  return measure >= 0.6 && measure > shareOf(given, outcome.statement) ? words : undefined;
}

