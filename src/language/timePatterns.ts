/* The word patterns time phrases are built from: prepositions, "the end of", school years, people, months. */
import { NUMBER_PATTERN, parseNumber } from './text';

export const NUM = NUMBER_PATTERN;
export const BY = '(?:by|b4|before|befor|bfore|until|untill|till|til|at|in|for|during|within)';
export const NEXT = '(?:next|nxt|the\\s+next|the\\s+coming|this\\s+coming|coming)';
export const THE = '(?:the\\s+|my\\s+|his\\s+|her\\s+|their\\s+|our\\s+)?';
export const END_OF = `(?:(?:the\\s+)?(?:very\\s+)?(?:end|ending|finish|last\\s+day|close)\\s+of\\s+${THE})`;
const YEAR_WORD = '(?:year|yr|yer|yaer|yeat|yera)';
export const YEAR_N = `(?:${YEAR_WORD}\\s*-?\\s*(${NUM})|y(\\d{1,2}))`;
export const SUBJ =
  "(?:i|i'?m|im|i\\s+am|he|she|they|he'?s|she'?s|they'?re|we|you|he\\s+is|she\\s+is|they\\s+are|(?!(?:it|this|that|there|which|what|who|the|class|lesson|school)\\b)[a-z][a-z'-]+)";
/** "I'm", "he is", "Maisie is", "she turns", "I get to be": someone being or reaching something. */
export const PERSON_BE =
  "(?:i'?m|i\\s+am|he'?s|she'?s|they'?re|they\\s+are|[a-z][a-z-]+'s|(?:i|he|she|they|we|(?!(?:it|this|that|there|which|what|who|the|class|lesson|school|times?|lessons?)\\b)[a-z][a-z'-]+)\\s+(?:is|am|are|turn|turns|reach|reaches|get\\s+to\\s+be|gets\\s+to\\s+be|become|becomes|will\\s+be|be))";
export const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ['january', 1], ['jan', 1], ['february', 2], ['febuary', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
];
export const MONTH_NUMBER = new Map(MONTHS);
export const MONTH = `(${MONTHS.map(([m]) => m).join('|')})`;
/** Month words that are also ordinary words or names: they need a preposition or a year. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'dec', 'sep', 'jun', 'jul', 'aug', 'apr', 'oct', 'nov', 'feb']);
/** A start said with its September: "starts Reception in September", "next September". */
export const SEPTEMBER_START = '(?:\\s+(?:in|from|this\\s+coming|the\\s+coming|this|next|nxt)\\s+(?:september|sept|sep)\\b(?:\\s*\\(?20\\d\\d\\)?)?)?';
export const START_PLACE =
  'reception|school|big\\s+school|infants?(?:\\s+school)?|juniors?(?:\\s+school)?|primary(?:\\s+school)?|secondary(?:\\s+school)?|high\\s+school|sixth\\s+form|6th\\s+form|college|(?:year|yr)\\s*\\d{1,2}';
/** "i will do it", "ill get it done", said before the time at "by when?": the doing, never part of the time. */
export const DOING_IT =
  '(?:i|we|he|she|they)\\s*(?:will|\'ll|ll|can|could|want\\s+to|wanna|would\\s+like\\s+to|hope\\s+to|aim\\s+to|should)\\s+(?:do|manage|get|have|finish)\\s+(?:it|that|this)(?:\\s+done)?';
const DOING_IT_FIRST = new RegExp(`^${DOING_IT}[\\s,]+(?=\\S)`, 'i');
/** "i will do it before i go to college": the time said, without the doing before it. */
export const withoutDoingIt = (answer: string): string => answer.replace(DOING_IT_FIRST, '');
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function rx(source: string): RegExp {
  return new RegExp(source, 'g');
}

export function num(text: string | undefined): number | null {
  return text === undefined ? null : parseNumber(text);
}

export function yearN(m: RegExpExecArray, a: number, b: number): number | null {
  return num(m[a]) ?? num(m[b]);
}
