import { normaliseMessage, sentencesOf } from './text';

/*
 * "i just said like the laptop n mr okafor?? those were things that would help not hard things", at
 * "what already helps?": the hard thing just kept was help all along. What they said before ("the
 * laptop n mr okafor") names it when it is given; the complaint itself is never an answer.
 */

const HELP_NOT_HARD =
  /\b(?:those|they|that|these|it|thats|theyre|them|theyr)\s+(?:were|are|r|was|is|s|re)?\s*(?:(?:things|stuff|what)\s+(?:that\s+)?(?:would\s+|will\s+|do\s+|does\s+|can\s+)?(?:help|helps|helped)(?:\s+me)?|helpful|helps?\s+me|(?:the\s+)?help|what\s+helps)\s*(?:and\s+|but\s+)?not\s+(?:the\s+|a\s+)?(?:hard|difficult|tricky)(?:\s+(?:things?|bits?|stuff|ones?|part))?\b/;

/**
 * "that was what he NEEDS not whats hard", "no i meant that helps him", "wrong box thats what helps": the
 * whole message says the answer just kept was what they need or what helps. Only as the whole message, so
 * "his TA helps him" or "he needs a quiet space" (answers) are never read here.
 */
const WAS_WHAT_HELPS =
  /^(?:(?:no|nah|sorry|oops|oh|wait|wrong\s+(?:box|place|one|bit)|i\s+(?:meant|mean))\s+)*(?:that|thats|that\s+is|that\s+was|it\s+was|its|it\s+is|those|these)\s+(?:(?:was|is|are|were)\s+)?(?:what\s+(?:he|she|they|i|we)\s+(?:needs?|need)|what\s+helps(?:\s+(?:him|her|them|me))?|(?:helps|help)\s+(?:him|her|them|me)|(?:things|stuff)\s+(?:that\s+)?helps?(?:\s+(?:him|her|them|me))?)(?:\s+(?:not|and\s+not)\s+(?:whats|what\s+is|what\s+s|the)\s+(?:hard|difficult|tricky)(?:\s+(?:things?|bits?))?)?(?:\s+(?:sorry|thanks|please|pls|lol))*$/;

/** "i just said like X??": the words they point back to. */
const SAID_LEAD = /^\s*(?:no\s+|but\s+|um+\s+)?i\s+(?:just\s+|already\s+)?(?:said|put|told\s+(?:you|u))\s+(?:like\s+)?/i;

/** What was help, not a hard thing: `said` (the words pointed back to) when given. Undefined when the message says no such thing. */
export function readHelpNotHard(text: string): { said?: string } | undefined {
  if (text.length > 300) return undefined;
  if (WAS_WHAT_HELPS.test(normaliseMessage(text).trim())) return {};
  if (!HELP_NOT_HARD.test(normaliseMessage(text))) return undefined;
  const first = sentencesOf(text)[0] ?? '';
  if (!SAID_LEAD.test(first)) return {};
  const said = first.replace(SAID_LEAD, '').replace(/[.!?\s]+$/, '').trim();
  return said && !HELP_NOT_HARD.test(normaliseMessage(said)) ? { said } : {};
}
