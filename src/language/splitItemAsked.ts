import { splitOutcome } from './splitAsked';

/*
 * At the review, a part of the plan asked to be made two: "split 4", "can you split number 4 into
 * 2", "split the job one". Only the asking and the part's own words are read here: which part is
 * meant is the dialog's to find. "split it" at a goal's read-back is the outcome questions' own.
 */

const ASK = /^(?:(?:can|could|would|will|pls|please|you|u|i|we|want|wanna|to|just|now|ok|okay|and|also)\s+)*(?:split|separate|seperate|divide|break)(?:\s+up)?\s+(.+?)(?:\s+up)?(?:\s+(?:into|in|to)\s+(?:two|2|three|3|parts|bits|halves|half|separate\s+(?:ones|parts|things|bits)|(?:two|2)\s+(?:parts|bits|ones|things)))?(?:\s+(?:please|pls|plz|thanks|ta))*$/;
/** "4 should be split", "number 4 needs splitting": the part first. */
const PART_FIRST = /^(.+?)\s+(?:should\s+be|needs\s+to\s+be|needs|can\s+be|must\s+be)\s+(?:split|splitting|separated|split\s+up|two\s+things|2\s+things)(?:\s+(?:into|in)\s+(?:two|2|parts))?(?:\s+(?:please|pls))*$/;

const plain = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^\p{L}\p{N}#\s]+/gu, ' ').replace(/\s+/g, ' ').trim();

/** The words naming the part to split ("4", "the job one"), or null when the message asks no such thing. */
export function readSplitAsked(text: string): string | null {
  if (text.length > 120) return null;
  const said = plain(text);
  const found = ASK.exec(said) ?? PART_FIRST.exec(said);
  const named = found?.[1]?.trim() ?? '';
  return named && !/^(?:it|that|this|them|the\s+two|both|my\s+plan|the\s+plan)$/.test(named) ? named : null;
}

/** "In a year (by December 2027), I will ": who will do it and when, before what they will do. */
const LEAD = /^(.*?\b(?:will|'ll)\s+)/i;

/** A part's words cut into the things it holds: its sentences, else at "and" or a comma; one part when it holds one thing. */
export function partsOf(text: string, isGoal: boolean): string[] {
  const whole = text.trim();
  if (isGoal) {
    const cut = splitOutcome(whole, { cue: null });
    const lead = cut ? LEAD.exec(cut.kept)?.[1] : undefined;
    if (cut && lead && !cut.isSupport) return [cut.kept, `${lead}${cut.apart.replace(/[.!]+$/, '')}.`];
  }
  const sentences = whole.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter(Boolean);
  if (sentences.length > 1 && !isGoal) return sentences.map((s) => s.replace(/^(?:and|also|plus|but)\s+/i, ''));
  if (isGoal) return [whole];
  const pieces = whole.replace(/[.!]+$/, '').split(/\s*,\s*(?:and\s+)?|\s+(?:and|&|plus)\s+/i).map((p) => p.trim()).filter(Boolean);
  return pieces.length > 1 && pieces.length <= 4 ? pieces : [whole];
}
