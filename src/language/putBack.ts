/*
 * "put it back", "undo that", "move it back where it was": the change just made is to be undone,
 * never words for the plan.
 */

const LEAD = String.raw`^(?:(?:no+|oh|ah|actually|sorry|wait|oops|hmm+|pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u)|just)[\s,.!]+)*`;
const BACK = String.raw`(?:(?:put|move|change|switch|set|take)\s+(?:it|that|them|this)\s+back|undo(?:\s+(?:that|it|the\s+move|what\s+you\s+did))?)`;
const END = String.raw`(?:\s+(?:again|where\s+it\s+was|how\s+it\s+was|to\s+how\s+it\s+was|to\s+where\s+it\s+was|please|pls|plz|thanks))*[\s.!]*$`;
const PUT_BACK = new RegExp(`${LEAD}${BACK}${END}`, 'i');

/** Whether a message asks for the change just made to be undone. */
export function asksToPutBack(text: string): boolean {
  return PUT_BACK.test(text.slice(0, 100).replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim());
}
