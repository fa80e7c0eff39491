import { hopesPickedByWords } from './hopePicked';
import { normaliseMessage, sentencesOf } from './text';
import { overlap } from './thread';

/*
 * "wait thats the same as my football job one", "the job one is the same as the football job": two
 * hopes said to be one. The hope named after "the same as" is the one kept; "that" is the latest
 * other hope sharing its words. Read on the normalised message (lower case, no apostrophes).
 */

const SAME =
  /^(?:(?:wait|oh|oops|no|nah|so|and|but|um+|erm+|hang\s+on|actually|yeah|yes)[\s,.!]+)*(.+?)\s+(?:is|s|was|are|were)\s+(?:just\s+|basically\s+|really\s+|actually\s+|kind\s+of\s+|pretty\s+much\s+)?(?:the\s+same|same)\s+(?:as|like|thing\s+as|hope\s+as|one\s+as)\s+(.+?)[\s.!?]*$/;
// Past the hopes, "friends is the same as college" may mean the same hard thing: only "the friends one", "the same hope as" joins hopes.
const SAYS_HOPES = /\b(?:ones?|hopes?|dreams?)\b/;
const POINTING = /^(?:that|this|it|thats|that one|this one|the last one|the new one)$/;

/** Two hopes said to be one (`copy` goes, `keep` stays), or `same` when both name the one hope; `rest` is the message's other sentences. */
export type SameHopes<H> = ({ keep: H; copy: H } | { same: H }) & { rest: string };

/**
 * The hopes said to be one. With `pointing` ("that is the same as ...", read just after a hope was
 * said) "that" may name the latest hope; elsewhere both hopes must be named, and the message must
 * say hopes or ones are the same, as "that" or "friends is the same as college" may be about a need.
 */
export function hopesSaidSame<H extends { id: string; text: string }>(text: string, hopes: readonly H[], pointing = true): SameHopes<H> | undefined {
  // "thats the same as": the normalised "thats" is "that is".
  const sentences = sentencesOf(text);
  const at = sentences.findIndex((s) => SAME.test(normaliseMessage(s).replace(/\bthats\b/g, 'that is')));
  const parts = at < 0 ? null : SAME.exec(normaliseMessage(sentences[at]!).replace(/\bthats\b/g, 'that is'));
  if (!parts || (!pointing && (POINTING.test(parts[1]!) || !SAYS_HOPES.test(parts[0])))) return undefined;
  const rest = sentences.filter((_s, i) => i !== at).join(' ');
  const [, first, second] = parts as unknown as [string, string, string];
  const named = (words: string) => hopesPickedByWords(words.replace(/\b(?:one|hope|dream)\b/g, ' ').trim(), hopes);
  const keeps = named(second);
  if (keeps.length !== 1) return undefined;
  const keep = keeps[0]!;
  // "that": the latest other hope sharing a word with the one kept; none, and it is already that hope.
  const others = POINTING.test(first) ? hopes.filter((h) => h.id !== keep.id && overlap(h.text, keep.text) > 0) : named(first).filter((h) => h.id !== keep.id);
  const copy = others.at(-1);
  if (copy) return { keep, copy, rest };
  return POINTING.test(first) || named(first).some((h) => h.id === keep.id) ? { same: keep, rest } : undefined;
}
