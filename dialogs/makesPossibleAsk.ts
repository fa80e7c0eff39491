import type { Draft, Outcome } from '../src/domain/draft';
import type { Translate } from '../src/i18n';
import { alreadyHas, offersWhatTheyHave } from '../src/language/alreadyHas';
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
  /** Examples by theme, for someone the first example would offer what they already have. */
  selfFriends: 'outcome:makesPossible.questionFriends',
  selfWork: 'outcome:makesPossible.questionWork',
  /** "again with the saturday job 😂 im TWELVE": sorry, and the question again without an example. */
  exampleRefused: 'outcome:makesPossible.exampleRefused',
} as const;

/** Position note: the example was refused or already given, so the question is asked without one. */
export const WITHOUT_EXAMPLE = 'withoutExample';

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
  const key = (child ? CHILD : SELF)[ageBand(draft)];
  if (!t || !outcome) return key;
  const name = draft?.youngPerson.name ?? '';
  const said = ideaStems([outcome.statement, outcome.doesForMe ?? ''].join(' '), name);
  // "stay in my flat": an example never offers what their hopes or about-me answers say they have; another is picked by theme.
  const has = draft ? alreadyHas([...draft.aspirations.map((a) => a.text), ...draft.aboutMe.strengths, ...draft.aboutMe.important, ...draft.aboutMe.support]) : new Set<never>();
  const byTheme = outcome.theme === 'learning_and_work' ? [MakesPossibleAskText.selfWork, MakesPossibleAskText.selfFriends] : [MakesPossibleAskText.selfFriends, MakesPossibleAskText.selfWork];
  const echoes = (k: string) => [...ideaStems(exampleOf(t(k, { name })), name)].some((stem) => said.has(stem));
  const offersHad = (k: string) => offersWhatTheyHave(exampleOf(t(k, { name })), has);
  if (echoes(key)) return plain;
  if (!offersHad(key)) return key;
  return (child ? [] : byTheme).find((k) => !offersHad(k) && !echoes(k)) ?? plain;
}
