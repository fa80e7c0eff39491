import { benefitAtMeasure, examplesAtMeasure, feelingAtMeasure } from './benefitAtMeasure';
import { withoutWishAside } from '../src/language/wishAside';
import { updateOutcome, type Draft, type Outcome, type Timeframe } from '../src/domain/draft';
import { asksForSupport, findTimeframe, isTargetDate, quoteOf, readWhenAnswer, tidyMeasure, type CoachContext } from '../src/language';
import { readYesNo } from '../src/language/closedAnswers';
import { readPolarity } from '../src/language/polarity';
import { leadForBareTime } from '../src/language/dateOnly';
import { onlyATime as timeOnly } from '../src/language/onlyATime';
import { timeBesideRemark } from '../src/language/timeBesideRemark';
import { isBareDoing, isVagueMeasure, repeatsTheGoal, withoutHedges } from '../src/language/vagueMeasure';
import { pointsBack } from '../src/language/measureBeside';
import { questionBeforeAnswer } from '../src/language/questionBeforeMeasure';
import { withoutQueriedExample } from '../src/language/exampleQueried';
import { isAmountOnly } from '../src/language/amountOnly';
import { Step } from './ids';
import { EARLIER, MEASURE_COACHED, MEASURE_SAME_AS_GOAL, MEASURE_WHO_SEES, NEW_WHEN } from './measureKeys';
import type { Position } from './journey';
import { coachContextOf, withProvision } from './outcomeCoach';
import { OutcomeText as T } from './outcomeText';
import type { Choice } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';

/*
 * "How would you and others know you've done it?" The measure is its own field. A time typed here
 * ("by summer", "in july") is a date, never the measure: it becomes the outcome's date when it has
 * none, or the bot asks kindly whether to change the date; either way the measure is still asked.
 */

/** An answer that says the doing again ("my mum sees me do it"): it is the whole measure, not an addition. */
const SAYS_DOING = /\b(?:do|does|did|done|doing)\b/i;

export const CHANGE_DATE_CHOICES: readonly Choice[] = [
  { value: 'yes', labelKey: 'common:choice.yes' },
  { value: 'no', labelKey: 'common:choice.no' },
];

/** The answer is a time and nothing else (the shared reader), with what "by when?" makes of it. */
function onlyATime(text: string, context: CoachContext): { timeframe: Timeframe; target: boolean; past: boolean } | undefined {
  const timeframe = timeOnly(text, context) ?? timeOnly(`${leadForBareTime(text)} ${text.trim()}`, context);
  if (!timeframe) return undefined;
  const read = readWhenAnswer(timeframe.phrase, context);
  return { timeframe, target: read.target, past: read.past };
}

/** What the "shall I change the date?" question names: the new time and the one kept now. */
export function changeDateVars(draft: Draft | undefined, data: Record<string, string>): Record<string, string> {
  const outcome = draft?.outcomes.find((o) => o.id === data.outcomeId);
  return { when: quoteOf(pendingWhen(data)?.phrase ?? ''), before: quoteOf(outcome?.timeframe?.phrase ?? '') };
}

function pendingWhen(data: Record<string, string>): Timeframe | undefined {
  try {
    const parsed: unknown = JSON.parse(data[NEW_WHEN] ?? '');
    return parsed && typeof parsed === 'object' && 'phrase' in parsed && 'date' in parsed ? (parsed as Timeframe) : undefined;
  } catch {
    return undefined;
  }
}

export interface MeasureTurn {
  session: JourneySession;
  position: Position;
  draft: Draft;
  outcome: Outcome;
  /** The answer in their own words ('' for a tapped button or a shrug). */
  own: string;
  text: string;
  /** On once the outcome has its measure (and its date). */
  onward: (outcome: Outcome) => Next;
  /** The "by when?" question, when the measure is kept but there is no date yet. */
  askWhen: () => Next;
  /** A time said here when there is no date yet, read as the "by when?" question would. */
  whenSaid: (text: string) => Promise<Next>;
}

export async function answerMeasure(turn: MeasureTurn): Promise<Next> {
  const { session, position, outcome, own } = turn;
  const data = position.data ?? {};
  if (data[NEW_WHEN]) return answerChangeDate(turn);
  // "i do it": a start, never an error; kept, and asked once who would see it and how often.
  if (isBareDoing(turn.text) && !data[MEASURE_COACHED]) {
    await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure: withoutHedges(tidyMeasure(turn.text)) }));
    return { goTo: { ...position, data: { ...data, [MEASURE_COACHED]: '1', [MEASURE_WHO_SEES]: '1' } } };
  }
  // "they see me" after "i do it": both together make the measure.
  if (data[MEASURE_WHO_SEES] && outcome.measure && own && !SAYS_DOING.test(own)) {
    const whole = `${outcome.measure.replace(/[\s,.!]+$/, '')}, ${own.trim()}`;
    const { [MEASURE_WHO_SEES]: _asked, ...rest } = data;
    return answerMeasure({ ...turn, position: { ...position, data: rest }, own: whole, text: whole });
  }
  if (!own) return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  // "the bus?? i dont drive yet, i get my full licence": the bot's own example questioned is not the measure; the rest is.
  const queried = withoutQueriedExample(own, examplesAtMeasure(session, turn.draft, outcome, outcome.aspirationId ?? position.topic));
  if (queried === '') return { say: [{ key: T.exampleOnly }], goTo: position };
  if (queried) return answerMeasure({ ...turn, own: queried, text: queried });
  // "Known what, which one? For the science, Miss Patel could tell me ...": the questions are never kept; which one this is, when asked.
  const beside = questionBeforeAnswer(own);
  if (beside) {
    const next = await answerMeasure({ ...turn, own: beside.rest, text: beside.rest });
    const several = turn.draft.outcomes.length > 1 || turn.draft.aspirations.length > 1;
    return beside.asksWhich && several ? { ...next, say: [{ key: T.measureWhichOne, vars: { statement: quoteOf(outcome.statement) } }, ...(next.say ?? [])] } : next;
  }
  // "hed be part of a team and make friends": what it would do for them, kept as that; how they'd know asked again.
  const benefit = await benefitAtMeasure(session, position, turn.draft, outcome, own);
  if (benefit) return benefit;
  // "proud init": how it would feel, never the measure; kept as what it would do for them, and asked again.
  const feeling = await feelingAtMeasure(session, position, outcome, own);
  if (feeling) return feeling;
  // "less detentions", asked again, then "like 1 a week": the number makes those words a measure, so it goes with them.
  if (data[MEASURE_COACHED] && outcome.measure && isAmountOnly(own)) {
    const whole = `${outcome.measure.replace(/[\s,.!]+$/, '')}, ${own.trim()}`;
    return answerMeasure({ ...turn, own: whole, text: whole });
  }
  // "same, I tell you already. folder": the words said before, with anything new beside them.
  const back = pointsBack(own);
  const before = back ? earlierWords(data, outcome) : '';
  if (back && before) {
    const added = back.rest && !containsAll(before, back.rest) ? `${before}, ${back.rest}` : before;
    return answerMeasure({ ...turn, position: { ...position, data: withoutEarlier(data) }, own: added, text: added });
  }
  // "thats how they'd know?? i play the whole song and theres a video of it": a remark on the question, with the measure said again beside it.
  if (back && !before && back.sentences && back.sentences !== own.trim()) return answerMeasure({ ...turn, own: back.sentences, text: back.sentences });
  if (asksForSupport(own) && !data.helpKept) {
    await session.updateDraft('provision offered as a measure', (d) => withProvision(d, outcome.id, [own]));
    return { say: [{ key: T.measureIsHelp, vars: { help: quoteOf(own) } }], goTo: { ...position, data: { ...data, helpKept: '1' } } };
  }
  const context = coachContextOf(turn.draft, session.today);
  // "by summer", "in july": a date, not how anyone would know; the measure is asked again.
  // "in 6 months. this is the most urgent": a time with a remark about it is a time too, never the measure.
  const timePart = timeBesideRemark(own);
  const time = onlyATime(own, context) ?? (timePart ? onlyATime(timePart, context) : undefined);
  if (time && !outcome.timeframe) return turn.whenSaid(own);
  if (time && outcome.timeframe) {
    // "by summer" when the date is "in july": the same month is the same date.
    const same = time.timeframe.date.slice(0, 7) === outcome.timeframe.date.slice(0, 7);
    if (same || time.target || time.past) return { say: [{ key: T.dateKeptAsBefore, vars: { when: quoteOf(outcome.timeframe.phrase) } }], goTo: position };
    return { goTo: { ...position, data: { ...data, [NEW_WHEN]: JSON.stringify(time.timeframe) } } };
  }
  // "when i can do it on my own by summer": a time said with the measure is the outcome's time too, and not part of the measure.
  const found = outcome.timeframe ? null : findTimeframe(own, context);
  const timeframe = found && !isTargetDate(found.date, context) ? found : undefined;
  const said = timeframe ? tidyMeasure(own.replace(timeframe.phrase, ' ').replace(/\s+([,.!?])/g, '$1').replace(/\s+/g, ' ').trim()) : tidyMeasure(own);
  // "... and shed get invited to a party would be nice": the wish after it is not how anyone would know.
  const measure = withoutWishAside(withoutHedges(said || tidyMeasure(own)));
  await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure, ...(timeframe ? { timeframe } : {}) }));
  // "confidence i think", "you'd just see it": kept, and asked once what anyone would see them doing.
  if (isVagueMeasure(said) && !data[MEASURE_COACHED]) return { goTo: { ...position, data: { ...data, [MEASURE_COACHED]: '1', quote: quoteOf(measure) } } };
  // "i will pass level 1 catering" for the goal "pass my level 1 catering": the goal again; asked once what everyone would see.
  if (repeatsTheGoal(said || own, outcome.statement) && !data[MEASURE_COACHED]) return { goTo: { ...position, data: { ...data, [MEASURE_COACHED]: '1', [MEASURE_SAME_AS_GOAL]: '1', quote: quoteOf(measure) } } };
  return outcome.timeframe || timeframe ? turn.onward({ ...outcome, ...(timeframe ? { timeframe } : {}) }) : turn.askWhen();
}

/** "Shall I use that as the date instead?": yes changes it, no keeps it; "no, but ..." is the measure. */
async function answerChangeDate(turn: MeasureTurn): Promise<Next> {
  const { session, position, outcome, text } = turn;
  const { [NEW_WHEN]: _asked, ...data } = position.data ?? {};
  const back: Position = { ...position, data };
  const when = pendingWhen(position.data ?? {});
  const choice = matchChoice(text, CHANGE_DATE_CHOICES, session.words) ?? readYesNo(text);
  if (!when) return { goTo: back };
  // "coach picks me for matches": the measure itself, so the date stays as it was.
  if (!choice && turn.own && turn.own.split(/\s+/).length >= 2) return answerMeasure({ ...turn, position: back });
  if (!choice) return { say: [{ key: T.notUnderstood }], goTo: position, miss: true };
  if (choice === 'yes') {
    await session.updateDraft('outcome timeframe', (d) => updateOutcome(d, outcome.id, { timeframe: when }));
    return { say: [{ key: T.dateChanged, vars: { when: quoteOf(when.phrase) } }], goTo: back };
  }
  const { rest } = readPolarity(text);
  const after = rest.replace(/^but\b[\s,]*/i, '').trim();
  const kept = [{ key: T.dateKeptAsBefore, vars: { when: quoteOf(outcome.timeframe?.phrase ?? '') } }];
  if (!after) return { say: kept, goTo: back };
  const next = await answerMeasure({ ...turn, position: back, own: after, text: after });
  return { ...next, say: [...kept, ...(next.say ?? [])] };
}

/** What "same as I said" points at: the words beside the date, else the vague measure asked about. */
function earlierWords(data: Record<string, string>, outcome: Outcome): string {
  return data[EARLIER] ?? (data[MEASURE_COACHED] ? outcome.measure ?? '' : '');
}

function withoutEarlier(data: Record<string, string>): Record<string, string> {
  const { [EARLIER]: _earlier, ...rest } = data;
  return rest;
}

/** Every word of the new bit is in what was said before ("folder" in "teacher write in his home folder"). */
function containsAll(before: string, added: string): boolean {
  const had = new Set(before.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean));
  return added.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean).every((w) => had.has(w));
}

/** At the measure question, the message points at words said before that it can keep ("same as I said"). */
export function pointsAtEarlierMeasure(position: Position, text: string): boolean {
  const data = position.data ?? {};
  return position.step === Step.outcomeMeasure && !data[NEW_WHEN] && Boolean(data[EARLIER] || data[MEASURE_COACHED]) && pointsBack(text) !== null;
}
