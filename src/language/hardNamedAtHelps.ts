import { readOnce } from './recentReadings';
import { normaliseMessage } from './text';

/*
 * Typed at "what already helps?", words that name what makes it hard rather than what helps:
 * "ugh whatever. wat makes it hard is reading. like recipes n exams" names reading (the "ugh
 * whatever" is only a sigh, never kept); "actually wait its not really maths its more i dont know
 * how u start a buisness" puts right the hard thing just given.
 */

/** A sentence that is only a sigh or a shrug: never kept. */
const SIGH = /^(?:ugh+|urgh+|meh|whatever|ugh+\s+whatever|fine|ok|okay|oh|hmm+|erm+|um+|idk|lol|sigh|argh+|god|omg|jeez|ffs|honestly|well)(?:\s+(?:whatever|fine|then|lol|ok|okay|idk))*$/;
/** "what makes it hard is reading", "wat makes it hard is", "the hard bit is". */
const HARD_IS =
  /^(?:(?:but|and|so|well|like|tbh|honestly|actually)\s+)*(?:(?:what|wat|wot|wht)\s+makes?\s+(?:it|this|that|things?|school|life)\s+(?:really\s+|so\s+)?(?:hard|difficult|tricky|harder)(?:\s+for\s+(?:me|him|her|them))?\s+(?:is|are|s)|the\s+(?:hard|difficult|tricky)\s+(?:bit|part|thing)\s+(?:is|s))\s+(.+)$/;

function sentencesOf(text: string): string[] {
  return (text.match(/[^.?!\n;]+[.?!\n;]*/g) ?? []).map((s) => s.trim()).filter((s) => normaliseMessage(s));
}

function tidy(words: string): string {
  return words.replace(/[\s.!?;,]+$/, '').replace(/^[\s,]+/, '').trim();
}

/**
 * "ugh whatever. wat makes it hard is reading. like recipes n exams": "reading, like recipes n exams";
 * null when the message does not say what makes it hard in so many words, or says more before it.
 */
export const hardNamedAtHelps = readOnce(hardNamedAtHelpsAfresh);
function hardNamedAtHelpsAfresh(text: string): string | null {
  const sentences = sentencesOf(text);
  const at = sentences.findIndex((s) => HARD_IS.test(normaliseMessage(s)));
  if (at < 0 || sentences.slice(0, at).some((s) => !SIGH.test(normaliseMessage(s)))) return null;
  const first = sentences[at]!;
  // Their own spelling kept: the words after "is", as typed.
  const named = /\b(?:hard|difficult|tricky|harder|bit|part|thing)\b(?:\s+for\s+\S+)?\s+(?:is|are|'s|s)\s+(.+)$/i.exec(first)?.[1] ?? HARD_IS.exec(normaliseMessage(first))![1]!;
  const rest = sentences.slice(at + 1).map(tidy).filter(Boolean);
  const words = [tidy(named), ...rest].filter(Boolean).join(', ');
  return words || null;
}

/** "its not really maths its more X": the hard thing named as wrong (if named) and the words it is put right with. */
export interface HardPutRight {
  was: string;
  now: string;
}

const NOT_THIS_BUT =
  /^(?:(?:actually|wait|hang on|hold on|no|sorry|oh|um+|erm+|hmm+|ok|okay|so)\s+)*(?:its|it s|it is|thats|that s|that is)\s+not\s+(?:really\s+|actually\s+|just\s+|even\s+)?(.{1,40}?)\s*(?:,\s*)?(?:its|it s|it is|thats|that s|that is|but|more|its more|it s more|its really|more like)\s+(?:(?:more|really|actually|mostly|more like|more that|that)\s+)*(.+)$/;

/** "actually wait its not really maths its more i dont know how u start a buisness" -> was "maths", now "not knowing how to start a buisness". */
export const readHardPutRight = readOnce(readHardPutRightAfresh);
function readHardPutRightAfresh(text: string): HardPutRight | null {
  const said = normaliseMessage(text).replace(/\bu\b/g, 'you');
  const m = NOT_THIS_BUT.exec(said);
  if (!m) return null;
  const was = m[1]!.trim();
  let now = m[2]!.trim();
  // "i dont know how you start a business": said as the hard thing, "not knowing how to start a business".
  const know = /^i\s+(?:dont|do not|don t)\s+know\s+how\s+(?:you|to|i|we|one)\s+(?:would\s+|can\s+|could\s+)?(.+)$/.exec(now);
  if (know) now = `not knowing how to ${know[1]}`;
  return was && now.split(' ').length >= 2 ? { was, now } : null;
}
