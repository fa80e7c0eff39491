import { keySentence } from './keySentence';

/* Long answers are quoted briefly in read-backs and questions; the draft keeps them whole. */

/**
 * At most `max` words of the person's answer, for a read-back or a question; the draft keeps it whole.
 * A shortened quote keeps the start (the main clause), cut with "…": a later sentence alone ("and the
 * home diary says it", "4 days out of 5") reads as if the rest were lost.
 */
export function quoteOf(text: string, max = 12): string {
  return withQuotesPaired(quoteCut(text, max));
}

function quoteCut(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const words = oneLine.split(' ');
  if (words.length <= max) return oneLine.replace(/[.!?]+$/, '');
  const lead = leadSentence(oneLine);
  const leadWords = lead.split(' ');
  // "a job that pays. now i just do 2 days at the shop": a whole first sentence that fits is quoted, never a cut phrase.
  // Words after it are marked as left out ("…"), so a read-back never looks whole when it is not.
  if (leadWords.length <= max) {
    const after = oneLine.slice(oneLine.indexOf(lead) + lead.length).trim();
    return `${lead.replace(/[.!?]+$/, '')}${after ? '…' : ''}`;
  }
  return cutAtClause(leadWords, max);
}

/** The sentence a quote starts from: the first, unless it is only a few words leading in ("yeah ok. I will ..."). */
function leadSentence(oneLine: string): string {
  const first = oneLine.split(/(?<=[.!?])\s+/)[0]!;
  const key = keySentence(oneLine);
  if (key.length >= oneLine.length) return first;
  const at = oneLine.indexOf(key);
  const before = at > 0 ? oneLine.slice(0, at).split(' ').filter(Boolean).length : 0;
  return before <= 3 && !CLAUSE_START.test(key.split(' ')[0] ?? '') ? key : first;
}

/** The first `max` words, cut where a clause ends when that keeps two thirds of them or more, and marked as cut. */
function cutAtClause(words: readonly string[], max: number): string {
  let cut = 0;
  // A cut much earlier than `max` drops what the person needs to see to say yes to a change.
  for (let i = Math.ceil((max * 2) / 3); i <= max; i++) {
    const ends = /[,;:.!?]$/.test(words[i - 1]!) || (i < words.length && CLAUSE_START.test(words[i]!));
    if (ends) cut = i;
  }
  return `${words.slice(0, cut || max).join(' ').replace(/[,;:.!?]+$/, '')}…`;
}

/** Words a clause starts with: a quote cut before one of them still reads as a whole phrase. */
const CLAUSE_START = /^(?:and|but|so|because|cos|coz|cuz|then|or|also|plus|n|when|if|until|till|which|while)$/i;

/**
 * A hope or answer quoted so the person can tell nothing was lost: whole up to `max` words;
 * longer, cut where a clause ends (a comma, or before "and", "but", "cos"), never mid-phrase.
 */
export function quoteWhole(text: string, max = 20): string {
  return withQuotesPaired(wholeCut(text, max));
}

function wholeCut(text: string, max: number): string {
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

const QUOTE_MARK = /["\u201C\u201D]/g;

/**
 * The person's own quote marks, when one is left without its pair ('"be a chef and have my own',
 * or a pair cut in two by shortening): taken out, so the quote the bot puts round the words is the
 * only one open and is always closed.
 */
export function withQuotesPaired(quoted: string): string {
  return (quoted.match(QUOTE_MARK)?.length ?? 0) % 2 === 0 ? quoted : quoted.replace(QUOTE_MARK, '').replace(/\s{2,}/g, ' ').trim();
}
