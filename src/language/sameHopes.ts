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

/** "isnt that kind of the same as the college one?", "is the game one the same as the college one?": asked, not told. */
const SAME_ASKED =
  /^(?:(?:wait|oh|hang\s+on|but|so|um+|erm+)[\s,.!]+)*(?:isnt|is|aint|wasnt|was)\s+(.+?)\s+(?:not\s+)?(?:just\s+|basically\s+|really\s+|actually\s+|kind\s+of\s+|kinda\s+|sort\s+of\s+|pretty\s+much\s+)?(?:the\s+)?same\s+(?:as|like|thing\s+as|hope\s+as|one\s+as)\s+(.+?)[\s.!?]*$/;

/**
 * Two hopes asked about as maybe one ("isnt that kind of the same as the college one?"): the one that
 * would go and the one that would stay, read as "that is the same as the college one" would be.
 * Undefined when the question names no two hopes (then it is only how hopes are joined).
 */
export function hopesAskedSame<H extends { id: string; text: string }>(text: string, hopes: readonly H[], pointing = true): { keep: H; copy: H } | undefined {
  const sentence = sentencesOf(text).map((s) => normaliseMessage(s).replace(/\bthats\b/g, 'that is')).find((s) => SAME_ASKED.test(s));
  const parts = sentence ? SAME_ASKED.exec(sentence) : null;
  if (!parts) return undefined;
  const said = hopesSaidSame(`${parts[1]!} is the same as ${parts[2]!}`, hopes, pointing);
  return said && 'copy' in said ? { keep: said.keep, copy: said.copy } : undefined;
}

/** "no keep them both", "theyre different", "leave them": the answer to "Shall I put them together?" is no. */
const KEEP_APART = /\b(?:keep|leave)\s+(?:them|both|it|as\s+is)\b|\b(?:separate|apart|different)\b|\bnot\s+(?:the\s+)?same\b|\btwo\s+hopes\b/;
/** "put them together", "join them", "make it one": the answer is yes. */
const PUT_TOGETHER = /\b(?:put\s+(?:them|it)\s+together|join\s+(?:them|it)|make\s+(?:them|it)\s+one|one\s+hope|merge)\b/;

/** The answer to "Shall I put them together as one hope?" in words other than yes or no; undefined when neither. */
export function joinAnswered(text: string): 'yes' | 'no' | undefined {
  const said = normaliseMessage(text);
  if (KEEP_APART.test(said)) return 'no';
  return PUT_TOGETHER.test(said) ? 'yes' : undefined;
}
