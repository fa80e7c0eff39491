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

/** "put the tired one back", "bring back the tired bit", "change the tired one back": the part named, to have its earlier words again. */
const NAMED_BACK = new RegExp(
  String.raw`${LEAD}(?:(?:put|bring|change|switch|set)\s+(?:back\s+)?(?:the|my|that)\s+((?:[\p{L}\p{N}]+\s+){0,2}?[\p{L}\p{N}]+)\s+(?:one|bit|thing|part|line|hope|need|goal)\s*(?:back)?|undo\s+(?:the|my)\s+((?:[\p{L}\p{N}]+\s+){0,2}?[\p{L}\p{N}]+)\s+(?:one|bit|thing|part))${END}`,
  'iu',
);

/** The words naming the part to have its earlier words again ("tired"), else undefined. */
export function namedToPutBack(text: string): string | undefined {
  const said = text.slice(0, 100).replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
  const m = NAMED_BACK.exec(said);
  if (!m || !/\bback\b|^\W*undo\b/i.test(said)) return undefined;
  return (m[1] ?? m[2])?.trim();
}

/** A request in a sentence said before the putting back: then it is no plain remark. */
const ASKS = /\b(?:change|delete|remove|take\s+(?:out|off|away)|add|move|put|make|should\s+say|swap|undo)\b/i;

/**
 * "wtf the bus outcome says i will the HOPE not that. change it back": a remark about the change,
 * then a last sentence that only asks for it to be put back. Any other request before it is no remark.
 */
export function asksToPutBackAfterRemark(text: string): boolean {
  const sentences = text.slice(0, 300).split(/(?<=[.!?…])\s+/).map((s) => s.replace(/[.!?…\s]+$/, '').trim()).filter(Boolean);
  if (sentences.length < 2) return false;
  const last = sentences[sentences.length - 1]!;
  return asksToPutBack(last) && sentences.slice(0, -1).every((s) => !ASKS.test(s));
}

/** "NO. stop. go back": pieces that are each a no, a stop or going back, and nothing else, to the end. */
const STOP_PIECE = String.raw`(?:no+|nope|nah|stop(?:\s+(?:it|that|now))?|wait|hang\s+on|cancel|(?:go|take\s+me|going)\s+back|back|undo(?:\s+(?:that|it))?|pls|please|plz)`;
const STOP_GOING_BACK = new RegExp(String.raw`^(?:${STOP_PIECE}[\s.,;!?]*){1,6}$`);

/**
 * "NO. stop. go back", "no no go back", "stop, undo": only no, stop and back, with a back or an
 * undo in it. The message as a whole, so a sentence with more in it is never read this way.
 */
export function asksToStopGoingBack(text: string): boolean {
  const said = text.slice(0, 100).toLowerCase().replace(/[\u2018\u2019']/g, '').trim();
  return STOP_GOING_BACK.test(said) && /\bback\b|\bundo\b/.test(said);
}
