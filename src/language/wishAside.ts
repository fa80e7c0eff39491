/*
 * "she goes to 2 clubs a week and shed get invited to a party would be nice": a wish said after
 * the answer. It says what they hope for, not how anyone would know, so it is not kept with it.
 * Only a wish at the very end, after an answer of its own, is taken off.
 */

const WISH_AFTER =
  /(?:\s*[,.;!-]\s*(?:(?:and|but|also|plus|oh)\s+)*|\s+(?:and|but|also|plus)\s+)(?:(?:if|that)\s+)?(?:(?!\b(?:and|but)\b)[^,.;!?]){3,}?\s+(?:would|wud|wd|'d)\s+be\s+(?:(?:really|so|very)\s+)?(?:nice|good|great|lovely|amazing|ace|brill|cool|class)(?:\s+(?:too|as\s+well|tbh))?[\s.!]*$/i;

/** The answer without a wish said at its end; the answer as typed when too little would be left. */
export function withoutWishAside(text: string): string {
  const rest = text.replace(WISH_AFTER, '').trim();
  return rest !== text.trim() && rest.split(/\s+/).length >= 3 ? rest : text.trim();
}
