import { quoteOf } from './quoteOf';

/*
 * A change read back before it is kept shows what changes. Two long sentences cut to their first
 * twelve words can look the same ("By summer like end of first year…" twice); the words both share
 * at the start and the end are left out, so the words that differ are what the person sees.
 */

const MAX = 12;
/** Words kept either side of what differs, so it reads as part of its sentence. */
const CONTEXT = 2;

const fold = (word: string): string => word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The old and new words to quote: whole when both are short, else the part that differs, with "…" where words are left out. */
export function changedParts(before: string, after: string): { old: string; text: string } {
  const a = before.replace(/\s+/g, ' ').trim().split(' ');
  const b = after.replace(/\s+/g, ' ').trim().split(' ');
  if (a.length <= MAX && b.length <= MAX) return { old: quoteOf(before), text: quoteOf(after) };
  let start = 0;
  while (start < a.length && start < b.length && fold(a[start]!) === fold(b[start]!)) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && fold(a[a.length - 1 - end]!) === fold(b[b.length - 1 - end]!)) end++;
  // A whole new wording (nothing shared at either end) is read back whole: it is all that will be kept.
  if (start === 0 && end === 0) return { old: quoteOf(before), text: b.join(' ').replace(/[.!?]+$/, '') };
  const from = Math.max(0, start - CONTEXT);
  const part = (words: string[]): string => {
    const to = Math.min(words.length, words.length - end + CONTEXT);
    const shown = words.slice(from, to).join(' ');
    const quoted = quoteOf(shown, MAX);
    return `${from > 0 ? '…' : ''}${quoted}${to < words.length && !quoted.endsWith('…') ? '…' : ''}`;
  };
  return { old: part(a), text: part(b) };
}
