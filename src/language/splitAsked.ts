import { isSupportOnly } from './support';
import { readFirstWord } from './verbFirst';

/*
 * "can the adult bit be separate?", "split it into two", "make the break part its own outcome": an
 * outcome read back with two things in it, and the person asks for them apart. What they name ("the
 * adult bit") says which part goes; with nothing named, the second part goes. A wording that only
 * uses the word ("Finley will sit separately at lunch") is no asking: the request needs a bit, a
 * part, "it" or "that" to be split, or two outcomes asked for.
 */

/** What the person asked to have apart: the word they named it by, or null for "the second part". */
export interface SplitAsked {
  cue: string | null;
}

const MAX_CHARS = 160;
/** "the adult bit", "the break part", "that bit": the part named, with what names it. */
const PART = String.raw`(?:the\s+|that\s+|this\s+)?(?:([\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s+)?(?:bit|part|half|one)`;
const APART = String.raw`(?:separate(?:ly)?|apart|seperate(?:ly)?|on\s+(?:its|it's|it)\s+own|(?:its|it's)\s+own\s+(?:outcome|thing|one|goal)|(?:a\s+)?(?:separate|seperate|different)\s+(?:outcome|thing|one|goal))`;
const ASKS = [
  // "can the adult bit be separate?", "the break part on its own please"
  new RegExp(String.raw`\b${PART}\s+(?:be\s+|go\s+|put\s+|made\s+|kept\s+|as\s+)?${APART}`, 'iu'),
  // "separate the adult bit", "split off the break part", "take the adult bit out and make it separate"
  new RegExp(String.raw`\b(?:separate|seperate|split(?:\s+off)?)\s+${PART}\b`, 'iu'),
  // "take the adult bit out and make it separate": taken out alone is a removal, never this.
  new RegExp(String.raw`\btake\s+${PART}\s+(?:out|off|away)\s+(?:and|to)\s+(?:make|put|have)\s+(?:it|that)\s+${APART}`, 'iu'),
  // "split it", "split it up", "split that into two", "can you split them"
  /\bsplit\s+(?:it|that|this|them|the\s+outcome|the\s+sentence)\b/i,
  // "make it two outcomes", "can it be two separate things", "into 2 goals"
  /\b(?:make\s+(?:it|that|this)|(?:it|that|this)\s+be|into)\s+(?:two|2)\s+(?:separate\s+|different\s+)?(?:outcomes|things|ones|goals|bits|parts|sentences)\b/i,
];
/** Words that name no part: "the second bit" and "that bit" mean the part after "and". */
const NOT_A_CUE = /^(?:second|other|last|end|next|2nd|latter|that|this|new|one|whole)$/i;

/** The request to have part of the outcome apart, or undefined. */
export function splitAsked(text: string): SplitAsked | undefined {
  if (text.length > MAX_CHARS) return undefined;
  for (const pattern of ASKS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const cue = match[1]?.trim().split(/\s+/).at(-1) ?? null;
    // "the first bit": the part before "and" is what goes.
    if (cue && /^(?:first|1st|start|beginning)$/i.test(cue)) return { cue: 'first' };
    return { cue: cue && !NOT_A_CUE.test(cue) ? cue.toLowerCase() : null };
  }
  return undefined;
}

/** An outcome cut in two: what stays the outcome, and what goes, each in the person's own words. */
export interface OutcomeSplit {
  /** The outcome's sentence with one thing in it ("Finley will walk to school on his own"). */
  kept: string;
  /** The part that goes, led by its verb ("have an adult to talk to at break"). */
  apart: string;
  /** The part that goes is help someone gives, so it is provision, never an outcome. */
  isSupport: boolean;
}

const AND = /\s*,?\s+(?:and(?:\s+also)?|&|plus)\s+/gi;
/** "By the end of Year 7, Finley will ", "I will ", "I want to ": who will do it, before what they do. */
const LEAD = /^(.*?\b(?:will|'ll|to|can)\s+)/i;

/** Where the outcome divides for the part asked: at an "and" before a thing to do, the named part on one side. */
export function splitOutcome(statement: string, asked: SplitAsked): OutcomeSplit | undefined {
  const sentence = statement.trim().replace(/[.!]+$/, '');
  const cuts = [...sentence.matchAll(AND)].map((m) => ({ before: sentence.slice(0, m.index), after: sentence.slice(m.index + m[0].length) }))
    .filter((c) => readFirstWord(c.after) === 'verb' || isSupportOnly(c.after));
  // "the walking bit" names "walk to school": the word's stem is enough.
  const stem = asked.cue?.replace(/[^\p{L}'-]/gu, '').replace(/(?<=\p{L}{3})(?:ing|ed|s)$/u, '');
  const has = (part: string) => Boolean(stem) && new RegExp(String.raw`\b${stem}`, 'iu').test(part);
  const cut = asked.cue === 'first' ? cuts[0] : (cuts.find((c) => has(c.after)) ?? cuts.find((c) => has(c.before)) ?? (asked.cue ? undefined : cuts.at(-1)));
  if (!cut) return undefined;
  const lead = LEAD.exec(cut.before)?.[1];
  // The first part goes ("the walking bit"): who will do it stays, with the second part.
  const firstGoes = asked.cue === 'first' || (has(cut.before) && !has(cut.after));
  if (firstGoes && !lead) return undefined;
  const apart = firstGoes ? cut.before.slice(lead!.length) : cut.after;
  const kept = firstGoes ? lead! + cut.after : cut.before;
  if (apart.trim().split(/\s+/).length < 2) return undefined;
  const stop = /[.!]\s*$/.test(statement) ? '.' : '';
  return { kept: `${kept.trim()}${stop}`, apart: apart.trim(), isSupport: isSupportOnly(apart) };
}
