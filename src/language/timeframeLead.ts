import { monthAndYear } from '../domain/dates';
import type { Timeframe } from './timeframe';
import { spellTimeWords } from './whenAnswer';

/*
 * How an outcome's time is said at the start of its sentence: the person's own phrase, spelled
 * right, with the year it means whenever the phrase alone does not say it. One form everywhere:
 * a named time gets its year ("By summer 2027", "By Christmas 2026"); any other time counted
 * from now gets the month it ends in brackets ("In 6 months (by June 2027)", "When she's 5
 * (by December 2027)"). A phrase that names a year or a school year is complete as it is
 * ("By the end of Year 9").
 */

const PROPER = /\b(christmas|xmas|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;
const NAMED_TIME = /\b(?:christmas|xmas|easter|spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const ANCHORED = /\b(?:20\d\d|year\s*\d{1,2}|yr\s*\d{1,2}|y\d{1,2}|key\s*stage|ks\s*\d)\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;
const LEADING_WORD = /^(?:by|before|until|till|when|once|at|during|for|over|in|within|after|from)\b/i;

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Capitals where English has them: months, days, feasts, "I", "Year 9". */
function tidy(phrase: string): string {
  return phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,;:-]+|[\s,;:.!?-]+$/g, '')
    .replace(PROPER, (word) => upperFirst(word.toLowerCase()))
    .replace(/\bxmas\b/gi, 'Christmas')
    .replace(/\bi\b/g, 'I')
    .replace(/\bim\b/gi, "I'm")
    .replace(/\bi'(m|ll|d|ve)\b/gi, (_m, rest: string) => `I'${rest.toLowerCase()}`)
    .replace(/\b(?:year|yr)\s*(\d{1,2})\b/gi, 'Year $1');
}

/** "next summer" is summer 2027 once the year is said; "the end of next March" the end of March 2027. */
function withYear(phrase: string, year: string): string {
  return `${phrase.replace(/\b(?:the\s+)?(?:(?:next|this|this\s+coming|coming)\s+)?(?=\S+$)/i, '')} ${year}`;
}

/** Their phrase leads the sentence, with the year it means: "By summer 2027", "In 6 months (by June 2027)". */
export function timeframeLead(timeframe: Timeframe): string {
  const phrase = tidy(spellTimeWords(timeframe.phrase));
  const led = LEADING_WORD.test(phrase) ? upperFirst(phrase) : /^(?:the\s+)?end\s+of\b/i.test(phrase) ? `By ${phrase.replace(/^(?:the\s+)?end/i, 'the end')}` : `By ${phrase}`;
  if (ANCHORED.test(phrase)) return led;
  const when = monthAndYear(timeframe.date);
  if (NAMED_TIME.test(phrase)) return withYear(led, when.split(' ')[1] ?? '');
  return `${led} (by ${when})`;
}
