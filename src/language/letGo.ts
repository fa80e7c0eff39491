import { normaliseMessage } from './text';

/*
 * "ugh forget it", "nvm leave it", "doesnt matter": the person lets go of a change they started.
 * Nothing is changed and nothing of this is kept; the bot goes back a step, kindly.
 */

const LEAD = String.raw`(?:(?:ugh+|urgh+|oh|ah|nah|no+|ok|okay|actually|meh|hmm+|um+|lol|just|fine|oh\s+well)\s+)*`;
/** "its good enough for Mrs Patel": it is fine as it is, said of the plan. */
const GOOD_ENOUGH = String.raw`(?:its|it\s+s|it\s+is|thats|that\s+s|that\s+is)\s+good\s+enough(?:\s+for\s+(?:[a-z]+\s+)?[a-z]+)?`;
const PHRASE = String.raw`(?:forget\s+(?:it|that|this|about\s+it)|never\s*mind(?:\s+(?:it|that))?|nvm|leave\s+it(?:\s+as\s+it\s+(?:is|was))?|(?:it\s+)?doesnt\s+matter|dont\s+bother|dont\s+change\s+(?:it|anything)|keep\s+it(?:\s+as\s+it\s+(?:is|was))?|(?:its|it\s+s)\s+(?:fine|ok|okay)\s+(?:as\s+it\s+is|then)|whatever|cancel(?:\s+(?:it|that|this)(?:\s+one)?)?|leave\s+(?:it|that|this)(?:\s+one)?(?:\s+(?:as\s+it\s+(?:is|was)|alone|be))?|${GOOD_ENOUGH})`;
/** "looks good", "all good": the plan is fine as it is, said beside letting go ("never mind. its fine, looks good"). */
const LOOKS_GOOD = String.raw`(?:(?:it\s+|that\s+|(?:it\s+)?all\s+)?looks\s+(?:good|great|fine|ok|okay|right)|(?:its\s+|it\s+s\s+)?all\s+good)`;
/** "its fine", "its all ok": beside letting go, the thing they were about to change is fine as it is. */
const FINE = String.raw`(?:(?:its|it\s+s|it\s+is|thats|that\s+s|that\s+is)\s+(?:all\s+)?(?:fine|ok|okay|alright)|${LOOKS_GOOD})`;
/** "nvm leave it": one or more ways of letting go, with a sigh before and "then" after; "its fine" or "looks good" only beside one. */
const LET_GO = new RegExp(String.raw`^${LEAD}(?:${FINE}\s+${LEAD})*${PHRASE}(?:\s+${LEAD}(?:${PHRASE}|${FINE}))*(?:\s+(?:then|lol|tho|now|anyway|please|pls))*$`);

export function letsGoOfChange(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 60 && LET_GO.test(said);
}

/** "its fine leave it", "leave it its ok": letting go that says what they were asked about is fine as it is. */
export function saysFineAsItIs(text: string): boolean {
  return letsGoOfChange(text) && new RegExp(String.raw`\b${FINE}\b`).test(normaliseMessage(text));
}

/** "leave it, its good enough for Mrs Patel", "never mind. looks good": letting go that also says the plan is fine as it is. */
export function saysGoodEnough(text: string): boolean {
  return letsGoOfChange(text) && new RegExp(String.raw`\b(?:${GOOD_ENOUGH}|${LOOKS_GOOD})\b`).test(normaliseMessage(text));
}

/** "neither of them", "none of those, go back": none picked, perhaps with letting go or "go back" after it. */
const NONE_PICKED = new RegExp(
  String.raw`^${LEAD}(?:neither|none|nope\s+none|neither\s+one|not\s+(?:any|either)(?:\s+one)?|none\s+of\s+(?:them|those|these|the\s+above)|neither\s+of\s+(?:them|those|these)|not\s+(?:any|either)\s+of\s+(?:them|those|these))(?:\s+(?:of\s+them|sorry|thanks|thank\s+you|really|tbh|lol|please|pls|then))*(?:\s+(?:${PHRASE}|(?:go|going)\s+back|back|take\s+me\s+back))*(?:\s+(?:please|pls|thanks|then))*$`,
);

/** "Neither", "none of them", "neither, go back": at a question picking one of a few parts, none of them is meant. */
export function picksNone(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 60 && NONE_PICKED.test(said);
}
