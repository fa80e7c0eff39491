import { clausesOf, normaliseMessage } from './text';

/*
 * "No that's wrong. These are not hopes. This is what helps her. Please put it in the what helps
 * question": the hopes just kept were how best to support the child. Every sentence of the
 * message must be one of these shapes (a "that's wrong" lead, "not hopes", "what helps", "put it
 * there"), so a message that tells anything else is read as usual.
 */

const WRONG = /^(?:(?:no|nope|nah|sorry|wait|oh)\s*)*(?:(?:that|this|it)\s*(?:is|s)?\s*(?:wrong|not right|a mistake)|wrong|mistake)?$/;
const NOT_HOPES = /^(?:(?:no|but|and|also)\s+)*(?:these|this|that|those|they|it)\s+(?:is|are|re|s|were|was)\s+not\s+(?:a\s+)?(?:hopes?|dreams?)(?:\s+at all)?$/;
const WHAT_HELPS = /^(?:(?:no|but|and|it is|its)\s+)*(?:this|these|that|those|they|it)\s+(?:is|are|re|s|was|were)\s+(?:what|how)\s+(?:helps|works|to help|to support|supports)(?:\s+(?:for\s+)?(?:her|him|them|me|[a-z]{2,20}))?$/;
const PUT_THERE = /^(?:(?:please|pls|can you|could you|so|and)\s+)*(?:put|move|keep|write)\s+(?:it|them|this|these|that|those)\s+(?:in|into|to|under|as|with)\s+(?:the\s+)?(?:what helps|what works|how to help|how to support|help|support|about me)(?:\s+(?:question|part|bit|section|one|answer))?(?:\s+please)?$/;

/** True when the message says the hopes just kept are how best to support them, and nothing more. */
export function saysHopesAreHelp(text: string): boolean {
  if (text.length > 300) return false;
  const sentences = clausesOf(text).map((s) => normaliseMessage(s)).filter(Boolean);
  if (sentences.length === 0) return false;
  let named = false;
  for (const said of sentences) {
    if (WHAT_HELPS.test(said) || PUT_THERE.test(said)) named = true;
    else if (!NOT_HOPES.test(said) && !WRONG.test(said)) return false;
  }
  return named;
}
