import type { Draft, ThemeId } from '../src/domain/draft';
import type { Words } from './say';

/*
 * The example in the vague follow-up ("What would you be doing when that is true? Like ...") fits
 * the hope: its words first (a hope about football gets "playing in a team on Saturdays"), then its
 * needs' words, then its part of life. Every example reads in the person's voice and a parent's.
 */

export const ExampleText = {
  football: 'outcome:example.football',
  swimming: 'outcome:example.swimming',
  music: 'outcome:example.music',
  cooking: 'outcome:example.cooking',
  cafe: 'outcome:example.cafe',
  travel: 'outcome:example.travel',
  friends: 'outcome:example.friends',
  work: 'outcome:example.work',
  learning: 'outcome:example.learning',
  toilet: 'outcome:example.toilet',
  sleep: 'outcome:example.sleep',
  animals: 'outcome:example.animals',
  money: 'outcome:example.money',
  talking: 'outcome:example.talking',
  feelings: 'outcome:example.feelings',
  confidence: 'outcome:example.confidence',
  home: 'outcome:example.home',
  computers: 'outcome:example.computers',
  active: 'outcome:example.active',
  other: 'outcome:example.other',
  starting: 'outcome:example.starting',
} as const;

type ExampleKey = (typeof ExampleText)[keyof typeof ExampleText];

/** "goes to training every week for a term": how anyone would know, for each kind of example. */
export const MeasureExampleText: Readonly<Record<ExampleKey, string>> = {
  [ExampleText.football]: 'outcome:measureExample.football',
  [ExampleText.swimming]: 'outcome:measureExample.swimming',
  [ExampleText.music]: 'outcome:measureExample.music',
  [ExampleText.cooking]: 'outcome:measureExample.cooking',
  [ExampleText.cafe]: 'outcome:measureExample.cafe',
  [ExampleText.travel]: 'outcome:measureExample.travel',
  [ExampleText.friends]: 'outcome:measureExample.friends',
  [ExampleText.work]: 'outcome:measureExample.work',
  [ExampleText.learning]: 'outcome:measureExample.learning',
  [ExampleText.toilet]: 'outcome:measureExample.toilet',
  [ExampleText.sleep]: 'outcome:measureExample.sleep',
  [ExampleText.animals]: 'outcome:measureExample.animals',
  [ExampleText.money]: 'outcome:measureExample.money',
  [ExampleText.talking]: 'outcome:measureExample.talking',
  [ExampleText.feelings]: 'outcome:measureExample.feelings',
  [ExampleText.confidence]: 'outcome:measureExample.confidence',
  [ExampleText.home]: 'outcome:measureExample.home',
  [ExampleText.computers]: 'outcome:measureExample.computers',
  [ExampleText.active]: 'outcome:measureExample.active',
  [ExampleText.other]: 'outcome:measureExample.other',
  [ExampleText.starting]: 'outcome:measureExample.starting',
};

/** Under 5 these examples (the bus alone, a job, the shop, a game at a club) are not for their age. */
const NOT_EARLY_YEARS: ReadonlySet<ExampleKey> = new Set([ExampleText.travel, ExampleText.work, ExampleText.money, ExampleText.home, ExampleText.computers, ExampleText.confidence]);

/** The example kind, or the general one when it does not fit a child under 5. */
export function fitsTheAge(key: ExampleKey, earlyYears: boolean): ExampleKey {
  return earlyYears && NOT_EARLY_YEARS.has(key) ? ExampleText.other : key;
}

/** Most particular first: "play football with friends" is about football before friends. */
const BY_WORDS: readonly (readonly [RegExp, ExampleKey])[] = [
  // "start college in september", "get into sixth form": a new place begun is seen on its first day, not in class.
  [/\b(?:start\w*|begin\w*|get(?:ting)?\s+(?:in(?:to)?|a\s+place\s+at)|mov\w*\s+(?:up\s+)?to)\s+(?:(?:at|to|the|my|a|an|new|art|\w+ing)\s+){0,3}(?:college|sixth\s+form|6th\s+form|uni|university|secondary(?:\s+school)?|course)\b/i, ExampleText.starting],
  // "work in a cafe": serving customers is what the job is, before it being a job.
  [/\b(?:cafes?|cafés?|coffee\s+shops?|restaurants?|barista|waiter|waiters|waitress|waiting\s+on\s+tables)\b/i, ExampleText.cafe],
  // "a work placement at a bakery", "a job at the garden centre": about work before what the work is.
  // "do a trial at evans cycles", "trial shift at tesco": a trial at a place is a work trial, whatever the shop sells.
  [/\b(?:jobs?|work\s+(?:placements?|experience|trials?)|placements?|internships?|apprentice\w*|paid\s+work|part\s+time\s+work|trials?(?:\s+(?:day|shift|week))?\s+(?:at|with|in\s+(?:a|the))\b|trial\s+(?:days?|shifts?))\b/i, ExampleText.work],
  [/\b(?:football(?:ers?)?|footy|footie|rugby|cricket|netball|basketball|hockey|tennis|match(?:es)?|team)\b/i, ExampleText.football],
  [/\bswim/i, ExampleText.swimming],
  [/\b(?:sing|singing|song|songs|choir|music|band|guitar|piano|drums?|danc\w*|drama|acting)\b/i, ExampleText.music],
  [/\b(?:cook\w*|kitchen|chef|bak\w*|meals?|food|sandwich\w*)\b/i, ExampleText.cooking],
  [/\b(?:toilet\w*|potty|dry|wee|nappy|nappies|loo)\b/i, ExampleText.toilet],
  [/\b(?:sleep\w*|bed|bedtime|night)\b/i, ExampleText.sleep],
  [/\b(?:animals?|dogs?|cats?|horses?|pets?|vets?|zoo|farm)\b/i, ExampleText.animals],
  [/\b(?:bus|buses|trains?|travel\w*|driv\w*|cars?|bikes?|cycl\w*|journey)\b/i, ExampleText.travel],
  [/\b(?:money|shop\w*|spend\w*|pay\w*|cash|budget)\b/i, ExampleText.money],
  [/\b(?:games?|gaming|computers?|coding|code|design\w*|tech)\b/i, ExampleText.computers],
  [/\b(?:jobs?|work\w*|careers?|apprentice\w*|mechanic|hairdress\w*|earn\w*)\b/i, ExampleText.work],
  [/\b(?:friends?|mates?|pals?|people|social\w*|clubs?|lonely|party|parties)\b/i, ExampleText.friends],
  [/\b(?:talk\w*|speak\w*|words?|sign\w*|communicat\w*|say)\b/i, ExampleText.talking],
  [/\b(?:confiden\w*|shy|brave\w*|speak up|stand up for)\b/i, ExampleText.confidence],
  [/\b(?:calm\w*|worr\w*|anxi\w*|angry|anger|upset|feel\w*|scared|nervous)\b/i, ExampleText.feelings],
  [/\b(?:college|school|class\w*|lessons?|read\w*|writ\w*|maths|exams?|gcses?|learn\w*|study\w*|university|uni)\b/i, ExampleText.learning],
  [/\b(?:flat|house|home|live|living|wash\w*|laundry|clean\w*|dress\w*)\b/i, ExampleText.home],
  [/\b(?:walk\w*|run\w*|gym|fit\w*|exercise|sports?|healthy|park)\b/i, ExampleText.active],
  // "make 10 videos and post them": no kind fits, and the hope's part of life (the bus alone) would fit even less.
  [/\b(?:videos?|vids?|vlogs?|youtub\w*|channel|tiktoks?|film\w*|podcasts?|stream\w*|upload\w*|post(?:s|ing)?\s+(?:them|it|videos?|vids?))\b/i, ExampleText.other],
];

const BY_THEME: Readonly<Record<ThemeId, ExampleKey>> = {
  friends_and_community: ExampleText.friends,
  health_and_wellbeing: ExampleText.active,
  independent_living: ExampleText.travel,
  learning_and_work: ExampleText.learning,
};

export function byWords(text: string): ExampleKey | undefined {
  return BY_WORDS.find(([words]) => words.test(text))?.[1];
}

/** Every kind the words fit, most particular first: "work in a cafe" is about a cafe, then about work. */
function allByWords(text: string): ExampleKey[] {
  return BY_WORDS.filter(([words]) => words.test(text)).map(([, key]) => key);
}

/** The example's content key for the hope an outcome is for. */
export function exampleKeyFor(draft: Draft | undefined, hopeId: string | undefined): ExampleKey {
  const hope = draft?.aspirations.find((a) => a.id === hopeId);
  if (!hope) return ExampleText.other;
  const needs = (draft?.needs ?? []).filter((n) => n.aspirationIds.includes(hope.id)).map((n) => n.text);
  return byWords(hope.text) ?? needs.map(byWords).find(Boolean) ?? (hope.theme ? BY_THEME[hope.theme] : undefined) ?? ExampleText.other;
}

/**
 * "write it for me" or "dont know" at the step question: two examples that fit this hope (its words, its hard
 * things, its part of life), to pick or to start from. Undefined when none fits more than any hope.
 */
export function ideasForHope(draft: Draft | undefined, hopeId: string | undefined, t: (key: string) => string): Words | undefined {
  const hope = draft?.aspirations.find((a) => a.id === hopeId);
  if (!hope) return undefined;
  const needs = (draft?.needs ?? []).filter((n) => n.aspirationIds.includes(hope.id)).map((n) => n.text);
  const fitting = [...allByWords(hope.text), ...needs.map(byWords), hope.theme ? BY_THEME[hope.theme] : undefined];
  const keys = [...new Set(fitting.filter((key): key is ExampleKey => key !== undefined))];
  if (!byWords(hope.text)) return undefined;
  const [first, second = ExampleText.other] = keys;
  return { key: IDEAS_FOR_HOPE, vars: { first: t(first!), second: t(second) } };
}

const IDEAS_FOR_HOPE = 'outcome:notSure.stepForHope';
