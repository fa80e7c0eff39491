import { normaliseReply } from './polarity';
import { phrasesOf } from './text';

/*
 * "sorry what was the question about strengths", "go back to the help question", "no. go back to
 * the last question": the person asks for an earlier question again. That is never new words for
 * the last answer, nor an answer to the question open now. The words naming the question are read
 * here; each stage finds its question. Each sentence must be only the asking ("they do the nasty
 * bit" asks for nothing).
 */

/** Words before the asking that change nothing: "sorry", "no", "can you", "lets". */
const LEAD = String.raw`^(?:(?:sorry|so|ok|okay|um+|wait|no|nah|nope|please|pls|just|can you|could you|can u|can we|could we|can i|lets|let me)\s+)*`;

const NAMED_QUESTION: readonly RegExp[] = [
  // "what was the question about strengths", "whats the question about help again"
  new RegExp(`${LEAD}what (?:was|is|were|s) the question (?:about|on|for) (?:the |my )?(.{2,40}?)(?: again)?$`),
  // "go back to the help question", "back to the strengths one", "ask the strengths question again", "lets go back to my last step"
  new RegExp(`${LEAD}(?:go back to|back to|ask(?: me)?|redo|do) (?:the|my|that) (.{2,30}?) (?:question|one|bit|step|part)(?: again| please| pls)*$`),
  // "go back to the question about what is important", "ask the question about help again"
  new RegExp(`${LEAD}(?:go back to|back to|ask(?: me)?|redo|do) the question (?:about|on|for) (?:the |my )?(.{2,40}?)(?: again)?$`),
];

/** Words that say which question by its place, not by what it asked about. */
const BY_PLACE = /^(?:last|other|previous|first|next|same|this|that|earlier|one before)$/;

/** The words naming each question asked for again, in order ("last", "help"). */
function questionsAskedFor(text: string): string[] {
  if (text.length > 300) return [];
  const sentences = phrasesOf(text).map((s) => normaliseReply(s, false)).filter(Boolean);
  return sentences.flatMap((sentence) => NAMED_QUESTION.map((re) => re.exec(sentence)?.[1]?.trim()).filter((words): words is string => Boolean(words)).slice(0, 1));
}

/** The words naming an earlier question asked for again ("strengths", "help"), or null. */
export function earlierQuestionAsked(text: string): string | null {
  return questionsAskedFor(text).find((words) => !BY_PLACE.test(words)) ?? null;
}

/** True when the message asks for an earlier question again, named or by its place ("the last question"). */
export function asksForAnEarlierQuestion(text: string): boolean {
  return questionsAskedFor(text).length > 0;
}

/** The "about me" questions, as people name them. */
export type AboutMePart = 'strengths' | 'important' | 'support' | 'safe';

/** Tried in this order: "what is important at school" is the important one, "school" alone the safe one. */
const PARTS: ReadonlyArray<readonly [AboutMePart, RegExp]> = [
  ['strengths', /\b(?:strengths?|strenghts?|good at|great at|skills?|admire|like about (?:me|him|her|them))\b/],
  ['important', /\b(?:important|matters?)\b/],
  ['support', /\b(?:help|helps|helping|support|works? (?:well|best)|what works)\b/],
  ['safe', /\b(?:safe|safety|feel safe|school|home|online|internet)\b/],
];

/** Which "about me" question the words name ("strengths", "the school one": feeling safe at school), or null. */
export function aboutMePartNamed(words: string): AboutMePart | null {
  for (const [part, named] of PARTS) if (named.test(words)) return part;
  return null;
}
