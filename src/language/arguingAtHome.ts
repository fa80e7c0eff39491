import { normaliseMessage, sentencesOf } from './text';

/*
 * "its just them arguing. i put my headphones in", said after a worry about home was noted: more
 * about that worry (the grown-ups at home rowing, and how the young person shuts it out), never a
 * hope, never bullying, never a worry about school. Read only where a note about home already is
 * (the dialog checks), and only when every sentence is about that.
 */

const ARGUING =
  /\b(?:them|they|theyre|mum\s+and\s+(?:him|dad|\w+)|him\s+and\s+(?:mum|her)|my\s+parents|parents|the\s+grown\s+ups)\s+(?:are\s+|re\s+|keep\s+|always\s+|just\s+|still\s+|sometimes\s+)*(?:arguing|argue|argued|fighting|fight|rowing|row|shouting|shout|screaming|yelling|going\s+at\s+it|at\s+it\s+again)\b/;
const SHUTS_OUT =
  /\bi\s+(?:just\s+|usually\s+|always\s+)?(?:put|stick|turn|pop)\s+(?:my\s+)?(?:headphones|earphones|earbuds|airpods|music|tv|telly|game)\s+(?:in|on|up)\b|\bi\s+(?:just\s+)?(?:go|stay)\s+(?:in\s+|to\s+)?my\s+room\b/;
/** Words that say a sentence is about the shouting itself: "its just that", "its fine", "whatever". */
const SHRUG = /^(?:(?:its|it\s+s|thats|that\s+s)\s+)?(?:just\s+|only\s+)?(?:that|fine|ok|okay|whatever|normal|nothing)(?:\s+(?:really|tho|though|now))?$/;

/** Arguing somewhere else, or among friends: not the grown-ups at home ("they argue about who goes first in the game"). */
const ELSEWHERE = /\b(?:game|games|match|class|school|college|lesson|teacher|teachers|football|pitch|friends|mates|online|group\s+chat|xbox|playstation|fortnite|bus)\b/;

/** Whether every sentence tells of the grown-ups at home arguing or of shutting it out, and at least one of arguing. */
export function tellsOfArguingAtHome(text: string): boolean {
  if (text.length > 300) return false;
  const sentences = sentencesOf(text).map(normaliseMessage).filter(Boolean);
  if (sentences.length === 0 || !sentences.some((s) => ARGUING.test(s)) || sentences.some((s) => ELSEWHERE.test(s))) return false;
  return sentences.every((s) => ARGUING.test(s) || SHUTS_OUT.test(s) || SHRUG.test(s));
}
