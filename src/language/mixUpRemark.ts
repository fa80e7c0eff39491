/*
 * "wait i got mixed up", "wrong box", "that was for the next one": a remark that the answer before
 * was typed in the wrong place. It is never content (a hard thing, a help); what follows it in the
 * same message ("nothing is hard for the gym one") is the real answer.
 */

const LEAD = String.raw`(?:(?:oh|oops|whoops|wait|hang on|hold on|sorry|soz|no|nah|ah|um+|erm+|ok|lol|omg)[\s,.!]+)*`;
const REMARKS = [
  String.raw`i\s+(?:got|was|have\s+got|ve\s+got)\s+(?:all\s+)?(?:mixed|muddled|jumbled)\s+up`,
  String.raw`i(?:\s+have|\s*ve)?\s+(?:mixed|muddled|jumbled)\s+(?:it|them|things|that|those)\s+up`,
  String.raw`(?:i\s+(?:put|typed|wrote|said)\s+(?:it|that|this)\s+(?:in\s+)?(?:the\s+)?)?wrong\s+(?:box|place|bit|question|one|hope)`,
  String.raw`(?:that|this|it)\s*(?:was|is|s)\s+(?:meant\s+)?(?:for|4)\s+(?:the\s+)?(?:next|other|last|another)\s+(?:one|question|box|bit|hope)`,
  String.raw`(?:that|this|it)\s*(?:was|is|s)\s+(?:the\s+)?(?:answer\s+)?(?:for|to)\s+(?:the\s+)?(?:next|other|later)\s+question`,
];
const REMARK = new RegExp(String.raw`^${LEAD}(?:${REMARKS.join('|')})(?:\s+(?:sorry|soz|lol|haha|oops))*\s*(?:[.!,;:-]+\s*|\s+|$)`, 'i');

/** The mix-up remark at the start of the text: undefined when there is none; `rest` is what follows it ("" when nothing). */
export function mixUpRemark(text: string): { rest: string } | undefined {
  const said = text.trim().replace(/[’']/g, '').replace(/\s+/g, ' ');
  const found = REMARK.exec(said);
  if (!found) return undefined;
  // "i got mixed up with the buses": the remark is about life, not about this chat, when words follow with no stop.
  const rest = said.slice(found[0].length).trim();
  if (rest && !/[.!,;:-]\s*$/.test(found[0]) && !/\b(?:box|place|question|one)\s*$/i.test(found[0].trim()) && /^(?:by|with|about|at|in|on|when|because|cos|coz)\b/i.test(rest)) return undefined;
  return { rest: rest.replace(/^(?:and|but|so|i mean)\s+/i, '') };
}

const NOTHING_HARD =
  /^(?:no+|nah|nope)?[\s,]*(?:nothing|nothin|nuthin|nowt)\s+(?:else\s+)?(?:is|s|was|makes\s+it)\s+(?:really\s+|that\s+)?hard(?:\s+(?:for|about|with|in)\s+(?:the\s+|my\s+|that\s+)?(?:[a-z]+\s+){0,3}(?:one|hope|thing|bit|it|that))?(?:\s+(?:really|tbh|lol|at\s+all))*[\s.!]*$/i;

/** "nothing is hard for the gym one", "nothing else is hard": said after a mix-up, no hard thing at all. */
export function saysNothingHardFor(text: string): boolean {
  return NOTHING_HARD.test(text.trim().replace(/[’']/g, '').replace(/\s+/g, ' '));
}
