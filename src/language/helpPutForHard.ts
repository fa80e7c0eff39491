import { normaliseMessage, sentencesWithMarksOf } from './text';

/*
 * "so what helps is the speech therapy and Miss Khans lunchtime talking group. but you put that
 * where the hard bit was, the hard bit is her speech": at "what already helps?", the person says the
 * bot put help in place of the hard thing, and says both again. The help is kept as help; the hard
 * thing goes back to their words. Only with the complaint that it was put in the wrong place, so
 * "the hard bit is her speech" alone is read as usual.
 */

const HARD = String.raw`(?:hard|difficult|tricky|problem)\s+(?:bit|thing|part|one|stuff|question)|problem|barrier|difficulty`;
/** "you put that where the hard bit was", "youve put the help as the hard thing", "thats gone in the hard bit". */
const MISPLACED = new RegExp(
  String.raw`\b(?:(?:you|u|it|youve|you\s+have|uve)\s+(?:put|put\s+down|wrote|written|changed|swapped|replaced|moved|put\s+in)\s+(?:that|it|this|the\s+help|what\s+helps|my\s+answer|them)?\s*(?:where|in|as|into|under|for|over|in\s+place\s+of|instead\s+of)\s+(?:the\s+)?(?:${HARD})|(?:that|it|thats|its)\s+(?:has\s+|s\s+)?(?:gone|went|ended\s+up)\s+(?:in|as|under|where)\s+(?:the\s+)?(?:${HARD})|(?:you|u)\s+(?:changed|overwrote|wrote\s+over|replaced)\s+(?:the|my|her|his)\s+(?:${HARD}))`,
);
/** "the hard bit is her speech", "the hard thing was her talking", "what makes it hard is her speech". */
const HARD_IS = new RegExp(String.raw`^(?:.*\s)?(?:(?:the|her|his|my)\s+(?:${HARD})|what\s+(?:makes\s+it|is)\s+hard)\s+(?:is|was|should\s+be|s)\s+(?:really\s+|actually\s+|just\s+)?(.{2,80}?)\s*$`);
/** "so what helps is", "what helps her is", "the help is": words leading into the help. */
const HELP_LEAD = /^(?:(?:so|and|but|well|ok|okay|yes|right|anyway)\s+)*(?:what\s+(?:already\s+)?helps(?:\s+(?:her|him|them|me|us))?|the\s+help)\s+(?:is|are)\s+/i;

export interface HelpPutForHard {
  /** The help, in the person's words, without the words leading into it. */
  help: string;
  /** The hard thing as it should be. */
  hard: string;
}

export function readHelpPutForHard(text: string): HelpPutForHard | null {
  if (text.length > 500) return null;
  const sentences = sentencesWithMarksOf(text);
  const complaintAt = sentences.findIndex((s) => MISPLACED.test(normaliseMessage(s)));
  if (complaintAt < 0) return null;
  // The hard thing is said in the complaint's sentence or the next one; the help in the others.
  let hard: string | null = null;
  for (const s of sentences.slice(complaintAt, complaintAt + 2)) {
    const m = HARD_IS.exec(normaliseMessage(s).replace(/\bu\b/g, 'you'));
    if (m) hard = m[1]!.trim();
  }
  if (!hard) return null;
  const helpSentences = sentences.filter((s, i) => i !== complaintAt && i !== complaintAt + 1 && !HARD_IS.test(normaliseMessage(s)));
  const help = helpSentences.join(' ').trim().replace(HELP_LEAD, '').replace(/[\s.,;:!]+$/, '').trim();
  return help && /\p{L}{3,}/u.test(help) ? { help, hard } : null;
}
