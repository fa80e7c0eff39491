import type { CoachContext } from './coaching';
import { foldCase } from './text';
import { timeInPiece } from './dateOnly';
import { isReasonForTime, turnsDownATime } from './timeBesideRemark';

/*
 * "6 months for the reading one, a year for everything else": one answer to "by when?" that gives
 * a different time to different goals. Each part is a time and the words that say what it is for,
 * so the question being asked takes the time meant for it, not the first time said.
 */

/** One time in the answer and what it is for. */
export interface TimeForSome {
  /** The time words as typed ("6 months"), read again as the answer for the goal they are for. */
  time: string;
  /** What the time is for, as typed ("the reading one"); empty when not said. */
  forWhat: string;
  /** "everything else", "the rest", "all the others": every goal not named in another part. */
  rest: boolean;
}

const MAX_CHARS = 300;

/** Words that mean every other goal: "everything else", "the rest", "all the others", "the other ones". */
const THE_REST =
  /^(?:(?:and|but|then|for|the|all|of|them|my)\s+)*(?:everything(?:\s+else)?|every\s+other\s+(?:one|goal|thing|hope)|anything\s+else|all\s+else|(?:the\s+)?rest(?:\s+of\s+(?:them|it|my\s+goals?))?|(?:all\s+)?(?:the\s+)?others?(?:\s+ones?)?|(?:the\s+)?other\s+(?:ones?|goals?|things?|hopes?)|all\s+(?:of\s+)?(?:them|the\s+others?))$/;

/** "for", ":" or "-" between a time and what it is for, either way round. */
const FOR_SPLIT = /\s+for\s+|\s*[:\u2013\u2014]\s*|\s+-\s+/;

/** Parts of the answer: commas, "and", "but", "then", "while". */
function partsOf(text: string): string[] {
  return text
    .slice(0, MAX_CHARS)
    .split(/\s*[,;.]\s*|\s+(?:and|but|then|while|whereas)\s+/i)
    .map((p) => p.trim())
    .filter(Boolean);
}

function cleaned(words: string): string {
  return foldCase(words).replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function readPart(part: string, context: CoachContext): TimeForSome | undefined {
  const sides = part.split(FOR_SPLIT);
  if (sides.length === 2) {
    const [a = '', b = ''] = sides;
    // "6 months for the reading one" or "the reading one: 6 months".
    const timeFirst = timeInPiece(a, context) !== null;
    const time = timeFirst ? a : b;
    const forWhat = cleaned(timeFirst ? b : a);
    if (!timeInPiece(time, context) || !forWhat) return undefined;
    return { time: time.trim(), forWhat, rest: THE_REST.test(forWhat) };
  }
  return timeInPiece(part, context) ? { time: part.trim(), forWhat: '', rest: false } : undefined;
}

/**
 * The times an answer gives to different goals, when it gives more than one and says what at least
 * one of them is for. Undefined for an answer with one time, or with times but nothing they are for
 * ("by christmas or easter"): that is read as one answer, as before.
 */
export function timesForEach(text: string, context: CoachContext): TimeForSome[] | undefined {
  // "6 months for reading and writing": a part with no time of its own belongs to the part before.
  // "end of year 5, so he's ready for year 6": a reason after a time is part of it, never a time of its own.
  const parts: string[] = [];
  for (const part of partsOf(text)) {
    const last = parts.length - 1;
    // "In 6 months I hope. Before summer is too long for this": a time turned down is a reason, never a time for a goal.
    if (last >= 0 && (isReasonForTime(part) || turnsDownATime(part))) parts[last] = `${parts[last]}, ${part}`;
    else if (last >= 0 && !timeInPiece(part, context)) parts[last] = `${parts[last]} and ${part}`;
    else parts.push(part);
  }
  if (parts.length < 2) return undefined;
  const read = parts.map((p) => readPart(p, context));
  if (read.some((r) => r === undefined)) return undefined;
  const times = read as TimeForSome[];
  return times.some((t) => t.forWhat) ? times : undefined;
}
