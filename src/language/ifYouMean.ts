/*
 * "If you mean the internship, yes": a yes that holds only for the thing named in it. The words
 * after "if you mean" say what the yes is for; the reader of the question checks them against what
 * it offered, so a yes to the wrong thing is never taken.
 */

const IF_YOU_MEAN = /^(?:(?:well|ok|okay|um+|hmm+)[\s,]+)?(?:if|as long as|assuming|provided)\s+(?:you|u)\s+(?:mean|meant|are talking about|mean to say)\s+(.+?)[\s,.;:-]+(?:then\s+)?(?:yes|yeah|yep|yh|ye|ok|okay|sure|fine)(?:\s+(?:please|pls|thanks))?[\s.!]*$/i;

/** The words a conditional yes is for ("the internship"), or null when the message is not one. */
export function yesIfMeant(text: string): string | null {
  const m = IF_YOU_MEAN.exec(text.trim().replace(/[\u2018\u2019]/g, "'"));
  return m ? m[1]!.trim() : null;
}
