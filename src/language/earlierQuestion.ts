import { normaliseReply } from './polarity';

/*
 * "sorry what was the question about strengths", "go back to the help question": the person asks for
 * an earlier question again. That is never new words for the last answer, nor an answer to the
 * question open now. Only the words naming the question are read here; each stage finds its question.
 */

const NAMED_QUESTION: readonly RegExp[] = [
  // "what was the question about strengths", "whats the question about help again"
  /\bwhat (?:was|is|were|s) the question (?:about|on|for) (?:the |my )?(.{2,40}?)(?: again)?$/,
  // "go back to the help question", "back to the strengths one", "ask the strengths question again"
  /\b(?:go back to|back to|ask(?: me)?|redo|do) the (.{2,30}?) (?:question|one|bit)(?: again)?$/,
  // "go back to the question about what is important", "ask the question about help again"
  /\b(?:go back to|back to|ask(?: me)?|redo|do) the question (?:about|on|for) (?:the |my )?(.{2,40}?)(?: again)?$/,
];

/** The words naming an earlier question asked for again ("strengths", "help"), or null. */
export function earlierQuestionAsked(text: string): string | null {
  if (text.length > 300) return null;
  const sentences = text.split(/[.!?;,\n]+/).map((s) => normaliseReply(s, false)).filter(Boolean);
  for (const sentence of sentences) {
    for (const re of NAMED_QUESTION) {
      const words = re.exec(sentence)?.[1]?.trim();
      if (words && !/^(?:last|other|previous|first|next|same|this|that)$/.test(words)) return words;
    }
  }
  return null;
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
