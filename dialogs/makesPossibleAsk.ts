import type { Draft, Outcome } from '../src/domain/draft';
import type { Translate } from '../src/i18n';
import { alreadyHas, offersWhatTheyHave } from '../src/language/alreadyHas';
import { Step } from './ids';
import { isEarlyYears } from './outcomeTimeframes';

/*
 * "What would it make possible next?" with an example that fits the age: a Saturday job is for a
 * 16-year-old, not a 12-year-old or a child of 3. The example is left out when it would hand back
 * the idea they have just given ("she gets invited to partys" then "could go to parties").
 */

export const MakesPossibleAskText = {
  self: 'outcome:makesPossible.question',
  selfYoung: 'outcome:makesPossible.questionYoung',
  selfTeen: 'outcome:makesPossible.questionTeen',
  child: 'outcome:makesPossible.questionChild',
  childSchool: 'outcome:makesPossible.questionChildSchool',
  childTeen: 'outcome:makesPossible.questionChildTeen',
  childOlder: 'outcome:makesPossible.questionChildOlder',
  plain: 'outcome:makesPossible.questionPlain',
  plainChild: 'outcome:makesPossible.questionPlainChild',
  /** Examples by the hope's theme (cooking, travel, work, friends, health, a home of their own). */
  selfFriends: 'outcome:makesPossible.questionFriends',
  selfWork: 'outcome:makesPossible.questionWork',
  selfCooking: 'outcome:makesPossible.questionCooking',
  selfTravel: 'outcome:makesPossible.questionTravel',
  selfHealth: 'outcome:makesPossible.questionHealth',
  selfOwnPlace: 'outcome:makesPossible.questionForAdult',
  /** A job or exams hope, at any age from school: "play at a friend's house" does not fit "get a job at a garage". */
  selfJob: 'outcome:makesPossible.questionJob',
  selfExams: 'outcome:makesPossible.questionExams',
  /** After the question was explained: asked once more in other words, with the same example. */
  again: 'outcome:makesPossible.again',
  againChild: 'outcome:makesPossible.againChild',
  againPlain: 'outcome:makesPossible.againPlain',
  againPlainChild: 'outcome:makesPossible.againPlainChild',
  /** "how does this help" asked again after it was explained: no second explanation, a way out. */
  notSureAgain: 'outcome:makesPossible.notSureAgain',
  /** "again with the saturday job 😂 im TWELVE": sorry, and the question again without an example. */
  exampleRefused: 'outcome:makesPossible.exampleRefused',
} as const;

/** Position note: the example was refused or already given, so the question is asked without one. */
export const WITHOUT_EXAMPLE = 'withoutExample';
/** Position note: the question was explained, so it is asked in other words. */
export const EXPLAINED = 'explained';

/** What "help" says at this question for a job or exams hope: what the step leads to, in the hope's own terms. */
export const MakesPossibleHelpText = { job: 'help:makesPossibleJob', exams: 'help:makesPossibleExams' } as const;

/** The questions given with an example: "what club?? 😂" there questions the example, never the answer. */
export const EXAMPLE_ASKED: ReadonlySet<string> = new Set([Step.outcomeMeasure, Step.outcomeMakesPossible]);

type Band = 'early' | 'school' | 'teen' | 'older' | 'unknown';

/** Under 5, 5 to 11, 12 to 15, 16 and over: the school year first, then the age. */
function ageBand(draft: Draft | undefined): Band {
  if (isEarlyYears(draft)) return 'early';
  const person = draft?.youngPerson;
  if (person?.schoolYear !== undefined) return person.schoolYear <= 6 ? 'school' : person.schoolYear <= 10 ? 'teen' : 'older';
  const age = person?.age;
  if (age === undefined) return 'unknown';
  return age <= 11 ? 'school' : age <= 15 ? 'teen' : 'older';
}

const SELF: Record<Band, string> = {
  early: MakesPossibleAskText.selfYoung,
  school: MakesPossibleAskText.selfYoung,
  teen: MakesPossibleAskText.selfTeen,
  older: MakesPossibleAskText.self,
  unknown: MakesPossibleAskText.self,
};

const CHILD: Record<Band, string> = {
  early: MakesPossibleAskText.child,
  school: MakesPossibleAskText.childSchool,
  teen: MakesPossibleAskText.childTeen,
  older: MakesPossibleAskText.childOlder,
  unknown: MakesPossibleAskText.child,
};

const SMALL_WORDS = new Set(['could', 'would', 'with', 'into', 'next', 'make', 'possible', 'example', 'what', 'their', 'they', 'them', 'more', 'have', 'that', 'this', 'from', 'your', 'like', 'because']);

/** "partys" and "parties", "friend" and "friends": the same idea by its first letters. */
function ideaStems(text: string, name: string): Set<string> {
  const own = name.toLowerCase();
  return new Set(
    (text.toLowerCase().match(/[a-z']+/g) ?? [])
      .filter((w) => w.length >= 4 && w !== own && !SMALL_WORDS.has(w))
      .map((w) => w.slice(0, 4)),
  );
}

/** The example part of a question: what is inside its quotes, or after "Like:". */
function exampleOf(question: string): string {
  const quoted = question.match(/"([^"]+)"/)?.[1];
  return quoted ?? question.split(/\blike:/i)[1] ?? '';
}

/** The question's key; without an example when it echoes their answers so far or was refused. */
export function makesPossibleAskKey(draft: Draft | undefined, outcome: Outcome | undefined, child: boolean, t: Translate | undefined, withoutExample = false): string {
  const plain = child ? MakesPossibleAskText.plainChild : MakesPossibleAskText.plain;
  if (withoutExample) return plain;
  if (!t || !outcome || !draft) return (child ? CHILD : SELF)[ageBand(draft)];
  // The same example is never given twice in one chat: the outcomes before this one had theirs, worked out the same way.
  const at = draft.outcomes.findIndex((o) => o.id === outcome.id);
  const used = new Set<string>();
  for (const earlier of at < 0 ? draft.outcomes : draft.outcomes.slice(0, at)) used.add(exampleOf(t(exampleKey(draft, earlier, child, t, used), { name: draft.youngPerson.name ?? '' })));
  return exampleKey(draft, outcome, child, t, used);
}

/** The example the question gave ("I could visit my cousins"), '' when it gave none. */
export function makesPossibleExampleShown(draft: Draft, outcome: Outcome, child: boolean, t: Translate, withoutExample: boolean): string {
  return exampleOf(t(makesPossibleAskKey(draft, outcome, child, t, withoutExample), { name: draft.youngPerson.name ?? '' }));
}

/** The first example that fits the hope's theme and the age, echoes nothing they said, offers nothing they have and was not given before. */
function exampleKey(draft: Draft, outcome: Outcome, child: boolean, t: Translate, used: ReadonlySet<string>): string {
  const plain = child ? MakesPossibleAskText.plainChild : MakesPossibleAskText.plain;
  const band = ageBand(draft);
  const name = draft.youngPerson.name ?? '';
  const said = ideaStems([outcome.statement, outcome.doesForMe ?? ''].join(' '), name);
  // "stay in my flat": an example never offers what their hopes or about-me answers say they have.
  const has = alreadyHas([...draft.aspirations.map((a) => a.text), ...draft.aboutMe.strengths, ...draft.aboutMe.important, ...draft.aboutMe.support]);
  const example = (k: string) => exampleOf(t(k, { name }));
  const echoes = (k: string) => [...ideaStems(example(k), name)].some((stem) => said.has(stem));
  const fits = (k: string) => !used.has(example(k)) && !echoes(k) && !offersWhatTheyHave(example(k), has);
  const hope = draft.aspirations.find((a) => a.id === outcome.aspirationId)?.text ?? '';
  const keys = child ? [CHILD[band]] : [...byTheme(outcome, hope, band), SELF[band], ...OTHERS[band]];
  return keys.find(fits) ?? plain;
}

/** The question asked again in other words after it was explained, with the example it had (none when it had none). */
export function makesPossibleAgain(question: string, child: boolean): { key: string; example?: string } {
  const example = exampleOf(question).trim().replace(/[.!?]+$/, '');
  if (!example) return { key: child ? MakesPossibleAskText.againPlainChild : MakesPossibleAskText.againPlain };
  return { key: child ? MakesPossibleAskText.againChild : MakesPossibleAskText.again, example };
}

/** "help" at this question for a hope of a job or of exams: its own explanation; other hopes keep the usual one. */
export function makesPossibleHelpKey(draft: Draft | undefined, topic: string | undefined): string | undefined {
  const hope = draft?.aspirations.find((a) => a.id === topic)?.text ?? '';
  if (EXAMS.test(hope)) return MakesPossibleHelpText.exams;
  if (JOB.test(hope)) return MakesPossibleHelpText.job;
  return undefined;
}

/** What the hope is about, in its words or its theme: cooking, travel, work, friends, health, a home. */
const JOB = /\b(?:jobs?|work(?:ing)?\s+(?:as|at|in|for|with)|career|apprentice\w*|mechanic|paid\s+work|earn\w*)\b/i;
const EXAMS = /\b(?:exams?|gcses?|sats|a\s+levels?|tests?|qualifications?|grades?)\b/i;
const COOKING = /\b(?:cook\w*|meals?|food|bak(?:e|es|ing)|kitchen|recipes?|dinner|tea|lunch)\b/i;
const TRAVEL = /\b(?:bus|buses|train|trains|travel\w*|journey|drive|driving|taxi|tram|cycle|bike|on\s+my\s+own\s+to)\b/i;

/** Examples that fit the hope's theme first (a paid job or a place of their own only from 16). */
function byTheme(outcome: Outcome, hope: string, band: Band): string[] {
  if (band === 'early') return [];
  // A job or exams hope is named by its own words first, from school age: the hope says what fits.
  const keys: string[] = [];
  const older = band === 'older' || band === 'unknown';
  if (EXAMS.test(hope)) keys.push(MakesPossibleAskText.selfExams);
  // From 16 a job hope has the paid-job example; younger, one that is not a job itself.
  if (JOB.test(hope)) keys.push(older ? MakesPossibleAskText.selfWork : MakesPossibleAskText.selfJob);
  if (band === 'school') return keys;
  const words = `${hope} ${outcome.statement}`;
  if (COOKING.test(words)) keys.push(MakesPossibleAskText.selfCooking);
  if (TRAVEL.test(words)) keys.push(MakesPossibleAskText.selfTravel);
  if (outcome.theme === 'learning_and_work' && older) keys.push(MakesPossibleAskText.selfWork);
  if (outcome.theme === 'friends_and_community') keys.push(MakesPossibleAskText.selfFriends);
  if (outcome.theme === 'health_and_wellbeing') keys.push(MakesPossibleAskText.selfHealth);
  if (outcome.theme === 'independent_living' && older) keys.push(MakesPossibleAskText.selfOwnPlace);
  return keys;
}

/** Other examples to try, once the ones that fit best were given or would echo them. */
const OTHERS: Record<Band, string[]> = {
  early: [],
  school: [MakesPossibleAskText.selfFriends],
  teen: [MakesPossibleAskText.selfFriends, MakesPossibleAskText.selfTravel, MakesPossibleAskText.selfHealth, MakesPossibleAskText.selfCooking],
  older: [MakesPossibleAskText.selfWork, MakesPossibleAskText.selfFriends, MakesPossibleAskText.selfTravel, MakesPossibleAskText.selfCooking, MakesPossibleAskText.selfHealth, MakesPossibleAskText.selfOwnPlace],
  unknown: [MakesPossibleAskText.selfFriends, MakesPossibleAskText.selfTravel, MakesPossibleAskText.selfCooking, MakesPossibleAskText.selfHealth],
};
