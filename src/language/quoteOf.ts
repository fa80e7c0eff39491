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
  return `${firstWords.slice(0, max).join(' ').replace(/[,;:.!?]+$/, '')}…`;
}
