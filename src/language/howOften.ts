import { foldCase } from './text';

/*
 * How often help is given, in the person's words: "twice a week", "every morning", "all day". A time
 * said with "not" is ruled out; a message that only says how often goes with the help said before.
 */

/** How often help is given, in the person's words ("twice a week", "every morning", "all day"), or null. */
export function howOftenOf(text: string): string | null {
  // "not every day, just mondays": a time said with "not" is not the answer; the one after it is.
  const said = [...text.matchAll(HOW_OFTEN_SAID)].filter((m) => !NOT_BEFORE.test(text.slice(0, m.index)));
  // "every 6 weeks, which isnt enough, we want weekly": the time wished for is the one asked for in the plan.
  const m = said.find((s) => WISH_BEFORE.test(text.slice(0, s.index))) ?? said[0];
  if (!m) return null;
  const day = /^(?:just|only)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)days)$/i.exec(m[0])?.[1];
  return day ? `on ${day[0]!.toUpperCase()}${day.slice(1).toLowerCase()}` : m[0];
}

/** "we want", "it should be", "would like it": what comes next is the time wished for. */
const WISH_BEFORE = /\b(?:want|wants|wanted|would\s+like|wd\s+like|need|needs|should\s+be|ask(?:ing)?\s+for|hoping\s+for|hope\s+for|prefer|rather\s+have)\s+(?:(?:it|him|her|them|that|to\s+be|at\s+least|more\s+like|it\s+to\s+be)\s+)*$/i;

/** "not", "not on", "never": what comes next is ruled out. */
const NOT_BEFORE = /\b(?:not|never|isnt|is not)\s+(?:on\s+|at\s+|really\s+)?$/i;
const HOW_OFTEN_SAID =
    /\b(?:(?:just|only)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:once|twice|\d+\s+times?|one|two|three|four|five)\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|term|year|lesson)|(?:every|each)\s+(?:day|morning|afternoon|evening|lesson|week|fortnight|month|break|lunch(?:time)?|playtime|night|term|(?:\d+|two|three|other)\s+weeks?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|daily|weekly|fortnightly|monthly|termly|all\s+day|at\s+(?:every\s+)?(?:break|lunch(?:time)?|playtime)|(?:for\s+)?\d+\s+(?:minutes?|mins?|hours?)\s+(?:a|an|per|each|every)\s+(?:day|week)|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/gi;

/** Words that may stand beside a "how often" said on its own: "maybe every week i think", "its every day". */
const OFTEN_FILLER = new Set(['and', 'maybe', 'probably', 'prob', 'i', 'think', 'guess', 'please', 'pls', 'at', 'least', 'about', 'around', 'ideally', 'it', 'its', 'that', 'she', 'he', 'they', 'needs', 'need', 'would', 'be', 'so', 'like', 'just', 'ok', 'okay', 'oh', 'and', 'also', 'um', 'erm', 'well', 'should', 'x']);

/** "every week", "maybe twice a week": a message that only says how often (the help it belongs to said before), or null. */
export function howOftenAlone(text: string): string | null {
  const often = howOftenOf(text);
  if (!often) return null;
  // "not every day, just mondays": the time ruled out goes with the one kept.
  const rest = foldCase(text.replace(HOW_OFTEN_SAID, ' ').replace(/\b(?:not|only)\b/gi, ' ')).replace(foldCase(often), ' ').replace(/[^a-z0-9\s]+/g, '').split(/\s+/).filter(Boolean);
  return rest.every((w) => OFTEN_FILLER.has(w)) ? often : null;
}
