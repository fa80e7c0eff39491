import { RELATIVE } from './familyWords';
/*
 * The whole reply names a family home or a family member, and nothing else ("only at his dads", "just when
 * she's at her nans", "his step dad"): said right after the bot checked gently about a hurt or a worry, it
 * answers where or who, so it is read with the message before it. On its own it tells of nothing.
 * Not a place outside the family ("only at school") nor a reply with more in it ("at his dads we go swimming").
 */
const FAMILY = String.raw`(?:(?:his|her|their|my|the)\s+)?(?:own\s+)?(?:${RELATIVE})`;
const WHERE_OR_WHO = new RegExp(
  String.raw`^(?:(?:only|just|mostly|mainly|always|usually|its|it\s+is|it\s+s|it\s+was|at|when|after|(?:he|she|they)\s+(?:is|s|are|re|has\s+been|goes|go|stays?|comes?\s+back\s+from)|hes|shes|theyre|been|from|coming\s+back\s+from|by|with|yes|yeah|um+|erm+)\s+)*${FAMILY}(?:s|\s+s)?(?:\s+(?:house|place|flat|home))?(?:\s+(?:tho|though|i\s+think|only|again|sometimes|mostly))*$`,
);

/** Whether a short reply only names where or who: a family home or a family member. Reads plain lower-case words. */
export function namesFamilyPlaceOrPerson(text: string): boolean {
  const plain = text.toLowerCase().replace(/['’]/g, '').replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > 0 && WHERE_OR_WHO.test(plain);
}
