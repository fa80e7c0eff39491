import { normaliseMessage } from './text';

/*
 * "show me please what you write", "what did you write?": asking to see the words kept so far, while
 * being asked to put them their own way. Never new words for the outcome.
 */

const SEE_WORDS =
  /^(?:(?:please|pls|can\s+(?:you|u)|could\s+(?:you|u)|ok|okay|sorry)\s+)*(?:(?:show|tell|read|give)\s+(?:me\s+)?(?:please\s+)?(?:again\s+)?(?:what\s+(?:you|u)\s+(?:write|wrote|written|have\s+written|has\s+written|put|have|kept|got|make|made)|the\s+words|it(?:\s+again)?|what\s+it\s+says)|what\s+(?:did|do|have)\s+(?:you|u)\s+(?:write|wrote|written|put)|what\s+(?:you|u)\s+(?:write|wrote|put))(?:\s+(?:please|pls|again|now|so\s+far))*$/;

/** Whether the whole message asks to see what the bot has written. */
export function asksToSeeWords(text: string): boolean {
  return SEE_WORDS.test(normaliseMessage(text));
}
