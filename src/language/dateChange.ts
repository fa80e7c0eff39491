import type { Outcome } from '../domain/draft';
import type { CoachContext } from './coaching';
import { onlyATime } from './onlyATime';
import { foldCase } from './text';

/*
 * "can we change the easter one to the summer", "move the bus goal to july", "make it next
 * summer": an outcome named (by its words, its hope's words or its date) is given a new date.
 * The new words must be a time and nothing more, so "change the bus one to get the train" stays a
 * change of words, and the part named is never reworded to "the summer".
 */

/** A date change asked: the words naming the outcome ("easter"; null for "it"), and the new time as typed. */
export interface DateChange {
  about: string | null;
  to: string;
  /** "the second one": the outcome by its place in the plan (1 is the first; -1 the last). */
  place?: number;
}

const MAX_CHARS = 200;
const LEAD = /^(?:(?:no|nope|nah|ok|okay|actually|actully|sorry|wait|oh|um+|hmm+|and|but|so|also|just|please|pls|can we|could we|can you|could you|can u|can i|could i|i want to|i wanna|id like to|i would like to|lets|we need to|i need to|i think we should|shall we)[\s,.!]+)*/;
const VERB = '(?:change|chnage|chng|move|make|put|push|switch|set|update|swap|shift)';
/** What names the outcome: "it", "the date" or "the by when date" (the one being written), "the easter one", "the bus goal", "the date of the bus one", "the bus one's date". */
const TARGET = new RegExp(
  `^${VERB}\\s+(?:the\\s+(?:date|time|deadline|when)\\s+(?:of|for|on)\\s+)?(it|that|this|that one|this one|the\\s+(?:by\\s+when\\s+)?(?:date|deadline|when\\s+date)|(?:the|my|his|her|their|our)\\s+(.{2,40}?)\\s+(?:one|goal|outcome|target|step)(?:'?s\\s+(?:date|time|deadline))?)\\s+(?:back\\s+|forward\\s+)?(?:to|till|til|until|for|into|as|(?=by\\s))\\s*(.+)$`,
);

/** "the second one should say by year 10 not summer", "the bus one should be easter instead of july". */
const SHOULD_SAY = new RegExp(
  `^(it|that|this|that one|this one|(?:the|my|his|her|their|our)\\s+(.{2,40}?)\\s+(?:one|goal|outcome|target|step))(?:'?s\\s+(?:date|time|deadline))?\\s+(?:should|shud|shld|needs to|has to|must|ought to)\\s+(?:say|be|read|have)\\s+(.+?)(?:\\s*,?\\s+(?:not|instead of|rather than|and not)\\s+.+)?$`,
);

const PLACES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const SHORT_PLACES = ['1st', '2nd', '3rd', '4th', '5th', '6th'];

/** "first", "2nd", "last": the place named, or undefined for words. */
function placeOf(about: string): number | undefined {
  if (about === 'last') return -1;
  const long = PLACES.indexOf(about);
  if (long >= 0) return long + 1;
  const short = SHORT_PLACES.indexOf(about);
  return short >= 0 ? short + 1 : undefined;
}

/** The date change asked, or null when the message asks none. */
export function readDateChange(text: string, context: CoachContext): DateChange | null {
  if (text.length > MAX_CHARS) return null;
  const said = foldCase(text).replace(/[\u2018\u2019]/g, "'").replace(/[?!.]+\s*$/, '').replace(/\s+/g, ' ').trim().replace(LEAD, '');
  const found = TARGET.exec(said) ?? SHOULD_SAY.exec(said);
  if (!found) return null;
  const to = found[3]!.replace(/\s+(?:please|pls|instead|thanks|thank you)$/, '').trim();
  if (!onlyATime(to, context)) return null;
  const about = found[2] ? found[2].replace(/^(?:old|new)\s+/, '').trim() : null;
  const place = about ? placeOf(about) : undefined;
  return { about: about || null, to, ...(place ? { place } : {}) };
}

const wordsOf = (text: string): string[] =>
  foldCase(text)
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !/^(?:the|and|one|old|new|about|with|for)$/.test(w));

/** "talking" finds "talk", "easter" finds "Easter 2027": a word of the outcome starts with the named word's stem. */
const holds = (words: readonly string[], named: string): boolean => {
  const stem = named.length > 5 ? named.slice(0, Math.max(4, named.length - 3)) : named;
  return words.some((w) => w.startsWith(stem));
};

/**
 * The outcomes the words name: every word is in the outcome's sentence, its date or its hope's
 * words. Several or none means the person is asked which one.
 */
export function outcomesNamed(outcomes: readonly Outcome[], about: string, hopeText: (outcome: Outcome) => string = () => ''): Outcome[] {
  return outcomes.filter((o) => wordsNamedIn(`${o.statement} ${o.timeframe?.phrase ?? ''} ${hopeText(o)}`, about));
}

/** "bus" in "get the bus to college": every word of the name is in the text (none named, none held). */
export function wordsNamedIn(text: string, about: string): boolean {
  const named = wordsOf(about);
  const own = wordsOf(text);
  return named.length > 0 && named.every((w) => holds(own, w));
}
