/*
 * "yes thats right. but you didnt answer, where do i put the hoist?" at a read-back: a yes first, in a sentence of
 * its own, then a question of their own (with "you didn't answer" before it, often). The yes is taken; the question
 * is what follows, to be answered if it can be.
 */

const YES_FIRST =
  /^\s*(?:yes|yeah|yep|yup|yh|ye|ok|okay)(?:\s+(?:thats|that's|that\s+is|its|it's|it\s+is)\s+(?:right|fine|good|correct|perfect|ok|okay))?\s*[.!,]+\s*(?:but\s+|and\s+)?(?:(?:you|u)\s+(?:didnt|didn't|did\s+not|never|havent|haven't)\s+answer(?:ed)?(?:\s+(?:me|my\s+question))?\s*[,.:!-]*\s*)?(\S.*\?)\s*$/i;

/** The question after a yes, or undefined when the message is not a yes and then a question. */
export function questionAfterYes(text: string): string | undefined {
  return YES_FIRST.exec(text.replace(/[’‘]/g, "'"))?.[1]?.trim();
}
