import { hopesIn } from './hopesInMessage';
import { hopeWords } from './hopeWords';
import { saysAHope } from './hopeWording';

/*
 * Putting a read-back of hopes right by what it left out or kept together. "you missed the
 * supported living one" names a hope that was in the message but not kept: it is found again in
 * the words as typed. "no thats 3 different hopes not one" says one kept hope is really several:
 * it is cut at every clause that says something of its own.
 */

const plain = (text: string) => text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/[^a-z0-9\s]/g, ' ').replace(/\s+/g, ' ').trim();

/** Words that name nothing on their own, so a part is found by the words that do. */
const SMALL = new Set(['the', 'a', 'an', 'my', 'his', 'her', 'their', 'to', 'of', 'in', 'on', 'for', 'with', 'and', 'about', 'one', 'bit', 'hope', 'dream', 'thing']);
/** A word found in a clause by its first letters, so "living" finds "live" and "mates" finds "mate". */
const stem = (word: string) => word.slice(0, Math.max(4, Math.min(word.length - 1, 6)));

/** Whether every word that names something in `words` is in `text` ("supported living" in "live in supported living one day"). */
export function namesPartOf(text: string, words: string): boolean {
  const said = plain(text).split(' ');
  const naming = plain(words).split(' ').filter((w) => w && !SMALL.has(w));
  if (naming.length === 0) return false;
  return naming.every((w) => said.some((s) => s === w || (w.length >= 4 && s.length >= 4 && (s.startsWith(stem(w)) || w.startsWith(stem(s))))));
}

/** Clauses of a message: sentences, then parts after a comma or an "and", "also", "but". */
const CUT = /(?<=[.!?;])\s+|\n+|,\s*|\s+(?:and|also|plus|but|as well as)\s+/;

function clauses(text: string): string[] {
  return text
    .split(new RegExp(CUT.source, 'i'))
    .map((part) => part.trim())
    .filter((part) => /\p{L}{2,}/u.test(part));
}

/** "he also wants to live ...": who wants it is said by the read-back, so the hope starts at "to". */
const WANTS = /^(?:(?:i\s+think|maybe|and|so)\s+)*(?:(?:he|she|they|i)\s*)(?:(?:also|really|would|'d|d)\s+)*(?:wants?|like|love|likes|loves)\s+(?=to\s)/i;

/**
 * The hope in `whole` that `words` point at, in the words as typed without chatter; undefined when
 * none is. Hopes already `kept` are passed over, so the one left out is the one found.
 */
export function hopeNamedIn(whole: string, words: string, kept: readonly string[] = []): string | undefined {
  const isKept = (part: string) => kept.some((k) => plain(part).includes(plain(k)) || plain(k).includes(plain(part)));
  const found = [...hopesIn(whole), ...clauses(whole)].find((part) => namesPartOf(part, words) && !isKept(hopeWords(part) || part));
  if (!found) return undefined;
  return (hopeWords(found) || found).replace(WANTS, '');
}

/** One kept hope cut into the hopes it holds: two or more, or none when it says only one. */
export function partsOfHope(text: string): string[] {
  const found = hopesIn(text);
  if (found.length > 1) return found;
  // "he is 15": a part that tells about the person stays with the hope after it, as hopesIn does,
  // joined with the words that joined them as typed.
  const pieces = text.split(new RegExp(`(${CUT.source})`, 'i'));
  const parts: string[] = [];
  let waiting = '';
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!.trim();
    const joint = pieces[i + 1] ?? '';
    if (!/\p{L}{2,}/u.test(piece)) continue;
    if (!saysAHope(piece) || piece.split(/\s+/).length < 2) {
      waiting += piece + joint;
      continue;
    }
    const part = hopeWords(waiting + piece) || waiting + piece;
    parts.push(part.replace(/[\s.]+$/, ''));
    waiting = '';
  }
  if (waiting.trim() && parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${waiting.trim()}`.replace(/[\s.,]+$/, '');
  return parts.length > 1 ? parts : [];
}

/**
 * "no thats 3 different hopes not one", "they're separate hopes", "split it up", "that's two
 * things": one kept hope is really several. "it's all one hope" is the opposite (saysItIsOneHope).
 */
export function saysSeveralHopes(text: string): boolean {
  const said = plain(text);
  if (/\b(?:all|just|only)\s+one\b(?!\s+not)/.test(said) && !/\bnot\s+(?:just\s+|only\s+)?one\b/.test(said)) return false;
  return (
    /\b(?:two|2|three|3|four|4|five|5|different|separate|seperate|diff|several|lots of|many|more than one)\s+(?:different\s+|separate\s+|seperate\s+)?(?:hopes|things|dreams|goals|ones|wishes)\b/.test(said) ||
    /\b(?:split|separate|seperate|cut|break)\s+(?:it|them|that|this|those)?\s*(?:up|apart|out)?\b(?=.*\b(?:hopes?|up|apart|please|pls)\b|$)/.test(said) ||
    // "excluded and friends are separate", "theyre seperate ones".
    /\b(?:are|r|theyre|they are)\s+(?:separate|seperate)(?:\s+(?:hopes|things|ones|dreams))?\s*$/.test(said) ||
    /\b(?:its|it is|thats|that is|theyre|they are|those are|these are)\s+not\s+(?:all\s+)?(?:one|1|the same)(?:\s+(?:hope|thing|dream))?\b/.test(said) ||
    // "I said two.": the count of hopes they gave, said back.
    /^(?:no\s+|but\s+)?(?:i|we)\s+(?:said|told\s+you|gave\s+you|typed|wrote)\s+(?:two|2|three|3|four|4)(?:\s+(?:hopes|things|dreams|ones))?(?:\s+not\s+(?:one|1))?$/.test(said)
  );
}
