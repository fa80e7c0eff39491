import { concernByRules, detectConcern } from './concern';

/*
 * "people need to give me space when i feel like theres no point in anything": how to help, then when,
 * and the "when" holds a hint of self-harm. After "I'm OK" only the part about the question may be
 * kept for the plan; a sentence or clause that holds the hint never is.
 */

const SENTENCES = /(?<=[.!?;])\s+|\n+/;
/** Where a sentence goes on to say when or why ("... when i feel ...", "... cos i ..."). */
const WHEN_OR_WHY = /\s*,?\s+\b(?:when|whenever|if|because|cos|coz|cuz|cause|since|until|till)\b\s+/i;

const words = (text: string): number => (text.match(/\p{L}+/gu) ?? []).length;

/**
 * Read on its own, the words hold a worry: a rule, or a concern or doubt strong enough to ask after.
 * A faint reading ("people need to ... not get in my face") is what the chat itself never stops for.
 */
function holdsHint(piece: string): boolean {
  if (concernByRules(piece)) return true;
  const read = detectConcern(piece);
  return (read.concern && !read.faint) || Boolean(read.unclear);
}

/** Clauses of a sentence: at a comma, "and", "but", "or", and where it goes on to say when or why. */
const CLAUSES = new RegExp(String.raw`\s*,\s*|\s+\b(?:and|but|or)\b\s+|${WHEN_OR_WHY.source}`, 'i');

/**
 * The hint can be told apart from the sentence only when no clause of it, read on its own, holds even a faint
 * worry: "people need to hide the tablets when i feel low" and "... not leave me alone with the razors" carry it in a
 * clause, so the sentence is never kept whole; "people need to be calm around me and not get in my face when im
 * upset" is worried about only as a whole, so it is.
 */
function clauseHoldsWorry(sentence: string): boolean {
  return sentence
    .split(CLAUSES)
    .filter((clause) => /\p{L}{2,}/u.test(clause))
    .some((clause) => detectConcern(clause).concern);
}

/** Of one sentence, what may be kept: all of it, the part before "when ..." that holds the hint, or nothing. */
function keptOf(sentence: string): string | undefined {
  const cut = WHEN_OR_WHY.exec(sentence);
  if (!cut) return holdsHint(sentence) || clauseHoldsWorry(sentence) ? undefined : sentence;
  const head = sentence.slice(0, cut.index).trim();
  const tail = sentence.slice(cut.index).trim();
  const headHint = holdsHint(head);
  const tailHint = holdsHint(tail);
  if (tailHint) return headHint || words(head) < 3 ? undefined : head;
  // The worry is in neither part alone ("... not get in my face when im upset"): the sentence as it was, unless the start
  // holds it or a clause holds even a faint worry ("people need to hide the tablets when i feel low").
  return headHint || clauseHoldsWorry(sentence) ? undefined : sentence;
}

/**
 * The words of a message that may be kept as an answer once the person said they are OK: every
 * sentence with no hint in it, and of a sentence whose "when ..." or "because ..." holds the hint,
 * only what comes before. Undefined when nothing is left that says enough to be an answer.
 */
export function answerBesideHint(message: string): string | undefined {
  const kept = message
    .split(SENTENCES)
    .map((s) => s.trim())
    .filter((s) => /\p{L}{2,}/u.test(s))
    .map(keptOf)
    .filter((s): s is string => s !== undefined);
  const answer = kept.join(' ').trim();
  return words(answer) >= 3 ? answer : undefined;
}
