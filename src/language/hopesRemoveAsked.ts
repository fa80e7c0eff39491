import { TAKE_OUT_VERB } from './takeOutVerbs';
import { normaliseMessage } from './text';

/*
 * "can u just delete all the footballer ones pls", typed at a needs question: a request to take some
 * hopes out, never a hard thing. What names the hopes ("footballer") is read here; which hopes hold
 * it, and what is said, is for the dialog.
 */

const ASKS = new RegExp(
  String.raw`^(?:(?:please|pls|plz|can|could|will|would|you|u|just|i\s+want\s+(?:you|u)\s+to|i\s+want\s+to|i\s+wanna|id\s+like\s+to|lets)\s+)*${TAKE_OUT_VERB}\s+(?:all\s+)?(?:of\s+)?(?:the|my|those|these|them)\s+(.{2,40}?)\s+(?:ones?|hopes?|dreams?|bits?|things?)(?:\s+(?:out|please|pls|plz|thanks|ta|too|as\s+well|x+))*$`,
);

/** The words that name the hopes to take out ("footballer"), or null when the message is not that request. */
export function hopesAskedToRemove(text: string): string | null {
  const m = ASKS.exec(normaliseMessage(text).replace(/\bu\b/g, 'you'));
  return m?.[1]?.trim() || null;
}

/** Whether a hope's words hold what was named: "footballer" in "be a footballer", "football" in "play football". */
export function hopeHolds(hope: string, named: string): boolean {
  const words = normaliseMessage(hope).split(' ');
  return normaliseMessage(named)
    .split(' ')
    .filter((w) => w.length > 3)
    .some((w) => {
      const stem = w.replace(/(?:ers?|ing|s)$/, '');
      return words.some((h) => h === w || (stem.length > 3 && h.startsWith(stem)));
    });
}
