/*
 * "he only gets seen every 3 months", "she hasnt had any", "we're still waiting": said beside a
 * piece of help, a clause about how things are now says why the help is needed. It is never a
 * piece of help of its own. "he needs a TA", "she gets 1:1 at lunch" are not such clauses.
 */

const SUBJECT = String.raw`(?:he|she|they|we|i|it)(?:['\u2019]?(?:s|re|ve|m))?`;
const NOW = String.raw`(?:only|still|never|currently|hasn['\u2019]?t|haven['\u2019]?t|has\s+not|have\s+not|doesn['\u2019]?t|isn['\u2019]?t|aren['\u2019]?t|didn['\u2019]?t|(?:is|are|am|has|have)\s+(?:still|only|currently|never))`;
const HOW_IT_IS_NOW = new RegExp(String.raw`^(?:(?:and|but|cos|because|as)\s+)?(?:${SUBJECT}\s+${NOW}|still\s+waiting|on\s+(?:a|the)\s+waiting\s+list)\b`, 'i');

/** Whether this piece of an answer tells how things are now, rather than naming help. */
export function tellsHowItIsNow(piece: string): boolean {
  return HOW_IT_IS_NOW.test(piece.trim());
}
