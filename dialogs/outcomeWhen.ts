import { withoutBirthdayAside } from '../src/language/birthdayAside';
import { removeItem, updateOutcome, type Draft, type Outcome, type Timeframe } from '../src/domain/draft';
import { askAboutNextYear, nextYearAnswered, nextYearQuestion } from './nextYearAsked';
import { askAboutYearEnd, yearEndAnswered, yearEndQuestion } from './yearEndAsked';
import { askBirthdayMonth, birthdayMonthAnswered, birthdayMonthQuestion } from './birthdayMonthAsked';
import { quoteOf, readWhenAnswer, type CoachContext } from '../src/language';
import { leadForBareTime } from '../src/language/dateOnly';
import { isVagueTime } from '../src/language/onlyATime';
import { isMonthRemark } from '../src/language/monthRemark';
import { timeBesideRemark } from '../src/language/timeBesideRemark';
import { withoutSoonSaidFirst } from '../src/language/soonSaidFirst';
import { readsAsMeasure } from '../src/language/benefitNotMeasure';
import { saysHowToKnow } from '../src/language/measureBeside';
import { biggerGoalIn, readTargetChoice } from '../src/language/targetChoice';
import { asksWhatItMeans } from '../src/language/asksMeaning';
import { readPolarity } from '../src/language/polarity';
import { saysDatePutRight } from '../src/language/datePutRight';
import { timesForEach } from '../src/language/timesForEach';
import { saysForBoth } from '../src/language/forBoth';
import { anotherStepSaid } from '../src/language/twoTimedSteps';
import { namesAYearGroup } from '../src/language/yearGroupNamed';
import { TIMES, timeMeantFor, timesSaid, withoutTimes } from './whenTimesForEach';
import { namesSeasonOnly, namesSeasonSport } from '../src/language/timeRulesSport';
import { Step } from './ids';
import { answerOutcomeStep } from './outcomeStepAnswer';
import type { Position } from './journey';
import { coachContextOf, withProvision } from './outcomeCoach';
import { helperBesideTime } from '../src/language/helperBesideTime';
import { DATE_FIRST } from './outcomeDateFirst';
import { earlierDateQuestion, sameAsEarlier } from './outcomeEarlierDate';
import { OutcomeText as T } from './outcomeText';
import { timeframeOfChoice, whenChoices } from './outcomeTimeframes';
import type { Choice } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { isExactChoice, matchChoice } from './understand';
import { TARGET, keepShortTime, offerShortStep, pendingTarget, withoutShortStep } from './whenShortStep';

/*
 * "By when?" for one outcome. The person's own time words are read on the school calendar. A time
 * that has gone by is asked again kindly. A time sooner than an outcome spans (about six months,
 * three in the early years) is a target: the bot says so and offers to make it a step towards
 * something bigger, or to keep it as a short step under this outcome and ask a later date for the
 * whole. A soon time given again is their choice and kept as they said it. A date the bot cannot
 * read is asked at most twice for one outcome: after that it is left for the key worker.
 */

export const TARGET_CHOICES: readonly Choice[] = [
  { value: 'bigger', labelKey: T.whenBigger },
  { value: 'keep', labelKey: T.whenKeepShort },
];

/** Position data at outcome.when: a short step already kept (the short time waiting for the choice is `TARGET`). */
const SHORT = 'short';
/** The stage's mark of a question asked with its buttons only (see StageDialog). */
const TAP = 'tap';

export interface WhenTurn {
  session: JourneySession;
  position: Omit<Position, 'stage'>;
  draft: Draft;
  outcome: Outcome;
  text: string;
  /** The whole message as typed, when known: "sorry i mean" before a date marks it as put right. */
  typed?: string;
  /** What follows once the outcome has its date (the measure, the three questions or the read-back). */
  dated: (outcome: Outcome) => Next;
  /** Moving on without a date, as "skip" does. */
  undated: () => Promise<Next>;
}

/** The words and choices of the question as it stands. */
export function whenQuestionParts(draft: Draft | undefined, position: Pick<Position, 'data'>, today: Date, child: boolean): { key: string; choices: readonly Choice[]; vars?: Record<string, string>; understand?: (text: string) => string | undefined } {
  const data = position.data ?? {};
  // "just keep it" beside "what does that mean?" is this question's choice, typed: read as the answer, not only tapped.
  if (data[TARGET]) return { key: child ? T.whenTargetQuestionChild : T.whenTargetQuestion, choices: TARGET_CHOICES, understand: readTargetChoice };
  const nextYear = nextYearQuestion(data, coachContextOf(draft, today));
  if (nextYear) return nextYear;
  const yearEnd = yearEndQuestion(data, coachContextOf(draft, today), draft?.youngPerson.education);
  if (yearEnd) return yearEnd;
  const birthday = birthdayMonthQuestion(data, child);
  if (birthday) return { ...birthday, choices: [] };
  const times = timesSaid(data);
  if (times.length) {
    const outcome = draft?.outcomes.find((o) => o.id === data.outcomeId);
    return { key: T.whenWhichTime, choices: times.map((time) => ({ value: time, labelKey: T.whenWhichTime, label: time })), vars: { quote: quoteOf(outcome?.statement ?? '') } };
  }
  const choices = whenChoices(draft, coachContextOf(draft, today));
  if (data[SHORT]) return { key: child ? T.whenLongerQuestionChild : T.whenLongerQuestion, choices };
  if (data[DATE_FIRST]) return { key: child ? T.whenBeforeReadBackChild : T.whenBeforeReadBack, choices };
  // A bigger goal after a first step that had its time ("... by easter"): the step's time is named, so the
  // question is plainly about the bigger goal and never heard as the same question asked twice.
  const outcome = draft?.outcomes.find((o) => o.id === data.outcomeId);
  const stepTime = outcome && !outcome.timeframe ? outcome.steps?.find((s) => s.timeframe)?.timeframe?.phrase : undefined;
  if (stepTime) return { key: child ? T.whenAfterStepQuestionChild : T.whenAfterStepQuestion, choices, vars: { when: stepTime } };
  return earlierDateQuestion(draft, outcome, choices, child) ?? { key: child ? T.whenQuestionChild : T.whenQuestion, choices };
}

interface WhenRead {
  timeframe: Timeframe;
  target: boolean;
  past: boolean;
}

/**
 * A tapped choice keeps its own words; anything typed keeps the person's words ("in a yeer").
 * `typedOnly`: where other buttons are on show, only time words or an exact tap count, so
 * "yeah its a first step" is never taken as a near miss of "End of Year 11".
 */
function readWhen(turn: WhenTurn, context: CoachContext, typedOnly = false): WhenRead | undefined {
  const { text, session, draft } = turn;
  const same = sameAsEarlier(text, draft, turn.outcome);
  if (same) return same;
  // "end of year 2. it take time for him": the time, with the reason beside it left out.
  const timePart = timeBesideRemark(text, { reasonsAboutThem: true });
  if (timePart) return readWhen({ ...turn, text: timePart }, context, typedOnly);
  const choices = whenChoices(draft, context);
  const tapped = isExactChoice(text, choices, session.words) ? matchChoice(text, choices, session.words) : undefined;
  if (typedOnly && !tapped) {
    // "no, by next summer": the date is kept without the "no" in front of it.
    const { answer, rest } = readPolarity(text);
    const words = answer && rest ? rest : text.trim();
    const typed = [readWhenAnswer(words, context), readWhenAnswer(`by ${words}`, context)].find((r) => r.timeframe);
    return typed?.timeframe ? { timeframe: withoutSoonSaidFirst(typed.timeframe), target: typed.target, past: typed.past } : undefined;
  }
  if (!tapped) {
    // The question is "by when?": a bare "summer" means "by summer".
    // "6 months" on its own is a span from now: "in 6 months", never "by 6 months".
    // "6 months" on its own is read as "in 6 months", so the outcome never reads "By 6 months".
    const bare = leadForBareTime(text) === 'in' ? [readWhenAnswer(`in ${text.trim()}`, context)] : [];
    const typed = [...bare, readWhenAnswer(text, context), readWhenAnswer(`by ${text.trim()}`, context)].find((r) => r.timeframe);
    // "asap like in 2 weeks": the time kept is "in 2 weeks".
    if (typed?.timeframe) return { timeframe: withoutSoonSaidFirst(typed.timeframe), target: typed.target, past: typed.past };
  }
  // "by year 10" that the calendar cannot place (no school year known) is never the choice "In a year".
  const chosen = tapped ?? (namesAYearGroup(text) ? undefined : matchChoice(text, choices, session.words));
  const timeframe = chosen ? timeframeOfChoice(chosen, context, session.t) : undefined;
  return timeframe ? { timeframe, target: false, past: false } : undefined;
}

export async function answerWhen(said: WhenTurn): Promise<Next> {
  // "by the end of year 7? or wen im 12. my birthday is in march": the school year said first is the time.
  const turn = { ...said, text: withoutBirthdayAside(said.text) };
  const { session, position, outcome } = turn;
  const data = position.data ?? {};
  if (data[TARGET]) return answerTargetChoice(turn);
  // "Which one is for ...?": the times on screen are the choices ("the first one", "2"); a time typed
  // afresh is read as the answer to "by when?". Never the buttons of the question asked before.
  const offered = timesSaid(data);
  if (offered.length) {
    const choices = offered.map((time) => ({ value: time, labelKey: T.whenWhichTime, label: time }));
    const picked = matchChoice(turn.text, choices, session.words);
    const asked = { ...position, data: withoutTimes(data) };
    return answerWhen({ ...turn, text: picked ?? turn.text, position: asked });
  }
  const context = whenContextOf(turn);
  // "next year" in the autumn term, from someone at school: this school year's end, or next year's? Asked, never guessed.
  const answered = nextYearAnswered(position, turn.text, context, (text, choices) => matchChoice(text, choices, session.words));
  if (answered) return answerWhen({ ...turn, ...answered });
  const asking = askAboutNextYear(position, turn.text, context);
  if (asking) return { goTo: asking };
  // "end of the year" in December, from a learner: this December, or the end of the school or college year? Asked, never guessed.
  const education = turn.draft.youngPerson.education;
  const yearEnd = yearEndAnswered(position, turn.text, context, education, (text, choices) => matchChoice(text, choices, session.words));
  if (yearEnd) return answerWhen({ ...turn, ...yearEnd });
  const askingYearEnd = askAboutYearEnd(position, turn.text, context, education);
  if (askingYearEnd) return { goTo: askingYearEnd };
  // "by my birthday" with no date of birth: its month asked once, then "march" is "by my birthday in march".
  const month = birthdayMonthAnswered(position, turn.text);
  if (month) return answerWhen({ ...turn, ...month });
  const birthday = askBirthdayMonth(position, turn.text, Boolean(context.dateOfBirth));
  if (birthday) return { goTo: birthday };
  // "6 months for the reading one, a year for everything else": the time meant for this goal.
  const each = timesForEach(turn.text, context);
  if (each) {
    const mine = timeMeantFor(each, turn.draft, outcome);
    if (mine) return answerWhen({ ...turn, text: mine, position: { ...position, data: withoutTimes(data) } });
    return { goTo: { ...position, data: { ...data, [TIMES]: JSON.stringify(each.map((t) => t.time)) } } };
  }
  const read = readWhen(turn, context);
  const secondAsk = Boolean(data[SHORT]);
  // An outcome that already has a step on the way has had its step-or-bigger choice: never asked twice.
  const choiceMade = secondAsk || (outcome.steps ?? []).length > 0;
  // "dunno. soon": a kind guess at what they mean, with times to pick from (late in the school year, "by the summer" is too soon).
  const vague = !read && isVagueTime(turn.text) ? (session.today.getUTCMonth() >= 3 && session.today.getUTCMonth() <= 7 ? T.whenVagueLate : T.whenVague) : undefined;
  // "july is my birthday month": heard kindly, and the time asked for again.
  const remark = !read && isMonthRemark(turn.text) ? T.whenRemark : undefined;
  // "before the season starts", for a goal that names no sport: which season is not known, so the month is asked.
  const season = !read && !context.seasonSport && namesSeasonOnly(turn.text) ? T.whenSeasonMonth : undefined;
  // "maybe get a saturday job in a salon too": one more thing to do, kept to offer as the next outcome; the time asked again.
  const another = !read && !session.journey.nextStep ? anotherStepSaid(turn.text, context) : undefined;
  if (another) {
    const topic = position.topic ?? outcome.aspirationId ?? undefined;
    await session.updateJourney((j) => ({ ...j, nextStep: { ...(topic ? { topic } : {}), text: another } }));
    return { say: [{ key: T.whenNextStepKept, vars: { second: quoteOf(another) } }], goTo: position };
  }
  if (!read) return secondAsk ? leaveDate(turn) : { say: [{ key: season ?? vague ?? remark ?? T.whenNotUnderstood }], goTo: position, miss: true };
  const when = quoteOf(read.timeframe.phrase);
  // "by july with my mum helping me": the time is the answer, the helper is kept as help for this outcome.
  const helper = read.past ? null : helperBesideTime(turn.text);
  if (helper) await session.updateDraft('help said with the time', (d) => withProvision(d, outcome.id, [helper]));
  if (read.past) return secondAsk ? leaveDate(turn) : { say: [{ key: T.whenPast, vars: { when } }], goTo: position, miss: true };
  // "both by next summer", with a second thing to do kept for later: the time is kept for it too, never asked again.
  const kept = session.journey.nextStep;
  if (kept && !kept.when && saysForBoth(turn.text)) await session.updateJourney((j) => ({ ...j, ...(j.nextStep ? { nextStep: { ...j.nextStep, when: read.timeframe.phrase } } : {}) }));
  if (read.target) {
    // Asked again and still soon: their choice, kept as they said it.
    if (choiceMade) return keptAsSaid(turn, read.timeframe);
    return offerShortStep(session, position, outcome, read.timeframe);
  }
  await session.updateDraft('outcome timeframe', (d) => updateOutcome(d, outcome.id, { timeframe: read.timeframe }));
  return turn.dated({ ...outcome, timeframe: read.timeframe });
}

/** The calendar context for this outcome's time: a sport played in seasons, named by the outcome or its hope, says whose season "next season" is. */
function whenContextOf(turn: WhenTurn): CoachContext {
  const { draft, outcome, session } = turn;
  const hope = draft.aspirations.find((a) => a.id === outcome.aspirationId)?.text ?? '';
  return { ...coachContextOf(draft, session.today), ...(namesSeasonSport(`${outcome.statement} ${hope}`) ? { seasonSport: true } : {}) };
}

/**
 * Step towards something bigger, keep it as a short step, or a date typed straight away. Typed
 * answers count as the buttons do ("yes" is a first step, "no, just that" keeps it). How anyone
 * would know, said here, is kept for the measure question and the choice asked again. The outcome
 * never ends up without its date: a miss twice keeps the short time (see `keepShortTime`).
 */
async function answerTargetChoice(turn: WhenTurn): Promise<Next> {
  const { session, position, outcome, text } = turn;
  // The target's own question and its tap-only wording end here.
  const { [TARGET]: _asked, [TAP]: _tap, ...data } = position.data ?? {};
  const short = pendingTarget(position.data ?? {});
  if (!short) return { goTo: { ...position, data } };
  const tapped = isExactChoice(text, TARGET_CHOICES, session.words) ? matchChoice(text, TARGET_CHOICES, session.words) : undefined;
  // "by next summer", "no, by easter": a date typed is read before any yes or no in front of it.
  const later = tapped ? undefined : readWhen(turn, whenContextOf(turn), true);
  // "its a step, the bigger thing is starting college in september": the bigger thing named is the outcome asked for.
  const goal = tapped ? undefined : biggerGoalIn(text);
  const choice = goal ? 'bigger' : tapped ?? (later ? undefined : readTargetChoice(text) ?? matchChoice(text, TARGET_CHOICES, session.words));
  if (choice === 'bigger') {
    // The short step leads the way: the outcome is asked for again, with its steps and any help kept.
    const help = outcome.provision.map((p) => p.text);
    await session.updateDraft('short step leads to a bigger outcome', (d) => removeItem(d, outcome.id));
    const goTo = {
      step: Step.outcomeStep,
      ...(position.topic ? { topic: position.topic } : {}),
      data: { coach: 'target', tries: '1', quote: quoteOf(outcome.statement), steps: JSON.stringify(outcome.steps ?? []), ...(help.length ? { pending: JSON.stringify(help) } : {}) },
    };
    return goal ? answerOutcomeStep(session, { stage: 'outcomes', ...goTo }, goal) : { goTo };
  }
  // "Keep it as a short step": the outcome keeps the soon time as they said it, and no bigger goal's date is asked.
  if (choice === 'keep') {
    const kept = await keepShortTime(session, outcome, short);
    const next = turn.dated(kept);
    return { ...next, say: [{ key: T.whenShortKept, vars: { step: quoteOf(kept.statement) } }, ...(next.say ?? [])] };
  }
  // "no i mean the end of college year, july": the date put right replaces the soon one, so the short
  // step kept for the choice goes too. A bare "no, by next summer" keeps the soon time as its first step.
  if (later && !later.target && !later.past) {
    const steps = saysDatePutRight(turn.typed ?? text) ? withoutShortStep(outcome, short) : outcome.steps ?? [];
    await session.updateDraft('outcome timeframe', (d) => updateOutcome(d, outcome.id, { steps, timeframe: later.timeframe }));
    return turn.dated({ ...outcome, steps, timeframe: later.timeframe });
  }
  // A soon time given again instead of a choice: they mean it, so it is the outcome's time as they
  // said it, in place of the one before (never kept twice, once as a step).
  if (later?.target) {
    const steps = withoutShortStep(outcome, short);
    await session.updateDraft('short time is the outcome\'s', (d) => updateOutcome(d, outcome.id, { steps }));
    return keptAsSaid({ ...turn, outcome: { ...outcome, steps } }, later.timeframe);
  }
  // "my youth worker signs me in": the next question's answer, kept for it; this choice asked again.
  if (!outcome.measure && (readsAsMeasure(text) || saysHowToKnow(text))) {
    const measure = text.trim();
    await session.updateDraft('outcome measure', (d) => updateOutcome(d, outcome.id, { measure }));
    return { say: [{ key: T.measureAtWhen, vars: { quote: quoteOf(measure) } }], goTo: position };
  }
  // "idk what that means", or anything not understood: the choice is explained in plain words, and asked again.
  const explain = { key: T.whenTargetExplain, vars: { when: quoteOf(short.phrase) } };
  if (asksWhatItMeans(text)) return { say: [explain], goTo: position };
  return { say: [explain], goTo: position, miss: true };
}

async function keptAsSaid(turn: WhenTurn, timeframe: Timeframe): Promise<Next> {
  await turn.session.updateDraft('outcome timeframe', (d) => updateOutcome(d, turn.outcome.id, { timeframe }));
  const next = turn.dated({ ...turn.outcome, timeframe });
  return { ...next, say: [{ key: T.whenKeptAsSaid, vars: { when: quoteOf(timeframe.phrase) } }, ...(next.say ?? [])] };
}

/** Asked twice already for this outcome: no third time. The short step stays; the key worker helps with the date. */
async function leaveDate(turn: WhenTurn): Promise<Next> {
  const next = await turn.undated();
  return { ...next, say: [{ key: T.whenLeftForNow }, ...(next.say ?? [])] };
}
