import { keySentence } from './coaching';

/* Long answers are quoted briefly in read-backs and questions; the draft keeps them whole. */

/** At most `max` words of the person's answer, for a read-back or a question; the draft keeps it whole. */
export function quoteOf(text: string, max = 12): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const words = oneLine.split(' ');
  if (words.length <= max) return oneLine.replace(/[.!?]+$/, '');
  const first = keySentence(oneLine);
  const firstWords = first.split(' ');
  if (firstWords.length <= max) return first.replace(/[.!?]+$/, '');
  // "a job that pays. now i just do 2 days at the shop": a whole sentence that fits is quoted, never a cut phrase.
  const whole = oneLine.split(/(?<=[.!?])\s+/).find((s) => s.split(' ').length <= max && s.split(' ').length >= 3);
  if (whole) return whole.replace(/[.!?]+$/, '');
  return `${firstWords.slice(0, max).join(' ').replace(/[,;:.!?]+$/, '')}…`;
}

/** Words a clause starts with: a quote cut before one of them still reads as a whole phrase. */
const CLAUSE_START = /^(?:and|but|so|because|cos|coz|cuz|then|or|also|plus|n|when|if|until|till|which|while)$/i;

/**
 * A hope or answer quoted so the person can tell nothing was lost: whole up to `max` words;
 * longer, cut where a clause ends (a comma, or before "and", "but", "cos"), never mid-phrase.
 */
export function quoteWhole(text: string, max = 20): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const words = oneLine.split(' ');
  if (words.length <= max) return oneLine.replace(/[.!?]+$/, '');
  let cut = 0;
  for (let i = 1; i <= max; i++) {
    const ends = /[,;:.!?]$/.test(words[i - 1]!) || (i < words.length && CLAUSE_START.test(words[i]!));
    if (ends) cut = i;
  }
  // A clause too short to say much: the short quote's own cut is kinder than four words.
  if (cut < 5) return quoteOf(oneLine, max);
  return `${words.slice(0, cut).join(' ').replace(/[,;:.!?]+$/, '')}…`;
}
