import { answerBesideHint } from './answerBesideHint';
import { concernByRules, detectConcern } from './concern';
import { sentenceIsAHope } from './hopeBesideAnswer';
import { saysAHope } from './hopeWording';
import { hopeWords } from './hopeWords';

/*
 * "work with animals, some days i just dont want to be here", answered "I'm OK" at the hopes question: the hope said
 * first is kept, never the words that made us ask. Only a first part that reads as a hope on its own, with no worry
 * in it at all, is kept; the rest of the message never is.
 */

const SENTENCES = /(?<=[.!?;])\s+|\n+/;
/** Where the first part ends: a comma, "but", "and", "tho", or a reason or a time ("cos ...", "when ..."). */
const FIRST_PART_ENDS = /\s*,\s*|\s+\b(?:but|and|tho|though|cos|coz|cuz|because|since|when|whenever|if)\b\s+/i;
/** "sleep better", "to sleep well": a hope about sleep, which the wording readers do not name. */
const SLEEP_HOPE = /^(?:to\s+)?sleep\s+(?:better|more|well|properly)\b/i;

const quiet = (piece: string): boolean => {
  if (concernByRules(piece)) return false;
  const read = detectConcern(piece);
  return !read.concern && !read.unclear;
};

const readsAsAHope = (piece: string): boolean => {
  const words = hopeWords(piece);
  return words !== '' && (saysAHope(words) || sentenceIsAHope(piece) || SLEEP_HOPE.test(words));
};

/**
 * "to go to my uncles house more, he gives me money and says its our secret": a first part naming someone the
 * worry then speaks of (by a pronoun or again by name) is part of the worry, never a hope to keep.
 */
const namesWhomTheWorryNames = (piece: string, message: string): boolean => {
  const people = [...piece.toLowerCase().matchAll(/\b(?:my|our|his|her)\s+([a-z]+?)(?:'?s)?\b/g)].map((m) => m[1]);
  if (people.length === 0) return false;
  const rest = message.toLowerCase().replace(piece.toLowerCase(), ' ');
  return /\b(?:he|she|they|him|her|them|hes|shes|theyre|theyd|hed|shed)\b/.test(rest) || people.some((p) => new RegExp(String.raw`\b${p}`).test(rest));
};

/** The hope said before the worry, to keep once they said they are OK; undefined when there is none to keep. */
export function hopeBesideHint(message: string): string | undefined {
  const first = message.trim().split(SENTENCES)[0] ?? '';
  const candidates = [answerBesideHint(message), first.split(FIRST_PART_ENDS)[0]];
  for (const candidate of candidates) {
    const piece = candidate?.trim().replace(/[\s,.;:!?…-]+$/, '');
    if (piece && (piece.match(/\p{L}+/gu) ?? []).length >= 2 && quiet(piece) && readsAsAHope(piece) && !namesWhomTheWorryNames(piece, message)) return piece;
  }
  return undefined;
}
