/*
 * "the first outcome", "the second goal", "the last hope": a part named by its place among the parts
 * of its kind. "outcome 2" is read with the list's numbers (see matchItems).
 */

const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
};
const PLACE = /^\s*(?:the\s+|my\s+|his\s+|her\s+|their\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th|last)\s+(hopes?|dreams?|wish(?:es)?|needs?|hard\s+things?|goals?|outcomes?|targets?|help)\b/i;

export interface PlaceNamed {
  /** The kind's word as said ("outcome", "hope"). */
  kindWord: string;
  /** 1 for the first; -1 for the last. */
  place: number;
}

/** The place and kind named at the start of the words, or undefined. */
export function placeNamed(named: string): PlaceNamed | undefined {
  const m = PLACE.exec(named);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return { kindWord: m[2]!.toLowerCase().split(/\s+/)[0]!, place: word === 'last' ? -1 : ORDINALS[word]! };
}

/** The one item at that place among the items of its kind. */
export function atPlace<T>(items: readonly T[], place: number): T[] {
  const one = place === -1 ? items.at(-1) : items[place - 1];
  return one === undefined ? [] : [one];
}
