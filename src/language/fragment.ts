import { recogniseCommand } from './commands';
import { readContinuation } from './continuation';
import { normaliseMessage } from './text';
import { ACTIVITY_VERBS } from './supportWords';
import { tagsOf } from './verbFirst';

/*
 * A short piece with no verb of its own, sent a moment after an answer: "like without dad" after
 * "go to the shops on my own", "at the shop" after "doing the till on my own", "like 3 diffrent
 * ones", "but only sometimes", "or a cafe". It finishes the answer before; it cannot be a new
 * answer ("like learn to drive" has its own verb, and is one). Whether the question open now
 * takes it as its own answer ("with my friends" at "what helps?") is the dialog's to say.
 */

/** Words that only lead up to the piece: "oh like ...", "wait at the ...". */
const LEAD = /^(?:(?:oh|ah|um+|erm|wait|sorry|soz|i mean|i meant)[\s,.!]+)*/i;

/** How the piece starts: "like", "but", "or", "with", "without", "at", "on my own", "by myself". */
const PIECE = /^(?:like|but|or|with|without|wiv|wivout|at|on (?:my|his|her|their) own|by (?:my|him|her|them)sel(?:f|ves))(?=[\s,.!]|$)/i;

/** Words that make a sentence of their own: a person doing something, or a finite verb. */
const SUBJECT = /^(?:i|im|ive|id|ill|he|hes|she|shes|they|theyre|we|were|you|youre|it|its|thats|theres|there)$/;

/** Words after "my", "the"... are things, never verbs ("on my own", "at the shop"). */
const DETERMINER = /^(?:my|his|her|their|our|your|the|a|an|this|that|some|any|3|\d+)$/;

/** Whether a word can only be read here as a verb of its own clause. */
function readsAsVerb(word: string, before: string | undefined): boolean {
  if (before && DETERMINER.test(before)) return false;
  if (word === 'to' || ACTIVITY_VERBS.has(word)) return true;
  const first = tagsOf(word)?.[0] ?? '';
  return /^(?:VB|VBZ|VBD|VBP|MD)$/.test(first);
}

/**
 * The piece as typed ("without dad" from "like without dad", "at the shop"), when the message is a
 * short piece with no verb of its own that finishes the answer before; null otherwise.
 */
export function readFragment(text: string): string | null {
  const typed = text.trim();
  if (!typed || typed.length > 80 || /\?\s*$/.test(typed)) return null;
  const piece = typed.replace(LEAD, '').replace(/[\s.!]+$/, '');
  const lead = piece.match(PIECE);
  if (!lead) return null;
  const words = normaliseMessage(piece).split(/\s+/).filter(Boolean);
  // The lead itself ("like", "at") is no verb; every other word must not be one.
  const rest = words.slice(normaliseMessage(lead[0]).split(/\s+/).length);
  // "on my own" is a whole piece; "like" or "at" alone is not.
  if ((rest.length === 0 && !/own|sel/i.test(lead[0])) || rest.length > 8) return null;
  if (rest.some((w, i) => SUBJECT.test(w) || readsAsVerb(w, i > 0 ? rest[i - 1] : undefined))) return null;
  if (recogniseCommand(piece) !== null) return null;
  // "like without dad": the "like" before another lead only leads up to it.
  const after = piece.slice(lead[0].length).trim();
  return /^like$/i.test(lead[0]) && PIECE.test(after) ? after : piece;
}

/**
 * "and the maths", "also reading", "n spelling": a joining word and a few words with no verb of
 * their own, sent just after an answer. They carry that answer on at any question; "and learn to
 * drive" has its own verb, and is an answer of its own. The words added ("the maths"), or null.
 */
export function readJoinedPiece(text: string): string | null {
  const added = readContinuation(text);
  if (!added || added.length > 60) return null;
  const words = normaliseMessage(added).split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return null;
  if (words.some((w, i) => SUBJECT.test(w) || readsAsVerb(w, i > 0 ? words[i - 1] : undefined))) return null;
  return added;
}

/** The answer before with the piece put on the end, so it reads as one answer. */
export function joinedFragment(previous: string, piece: string): string {
  return `${previous.trim().replace(/[\s.,;]+$/, '')} ${piece.trim()}`;
}
