import { normaliseMessage } from './text';

/*
 * Talk about the plan's own items and the bot's own wording: "i already said this is the same as
 * the last one. can you just join them together", "no thats wrong. i said easter year 7 not end.
 * and the how will we know bit is muddled". Words like "join them" or "i dont want to wait that
 * long" read alone can sound worrying; said of the hopes, the outcome or the read-back they are
 * instructions and complaints, never a disclosure.
 */

/** A part of the plan or of what the bot wrote. */
const ITEM = String.raw`(?:hopes?|dreams?|outcomes?|steps?|needs?|goals?|statement|sentence|wording|words|measure|date|title|heading|summary|draft|how\s+(?:will\s+|would\s+|do\s+|does\s+)?(?:we|everyone|you|people|others|they|i)\s+(?:will\s+|would\s+)?know(?:\s+(?:bit|part))?|(?:\w+\s+)?(?:bit|part)|(?:first|second|third|fourth|last|other|next|previous|top|bottom|\w+)\s+one)`;

/** An item named by its number: "dream 1", "hope two", "the 2nd outcome". */
const NUMBERED = String.raw`(?:(?:hopes?|dreams?|outcomes?|needs?|steps?|goals?)\s+(?:no\s+)?(?:\d+|one|two|three|four|five)|(?:the\s+)?(?:1st|2nd|3rd|4th|first|second|third|fourth)\s+(?:hope|dream|outcome|need|step|goal))`;

const ABOUT_ITEMS: readonly RegExp[] = [
  // "can you just join them together", "merge the two train hopes", "put them into one"
  /\b(?:can|could|will|would|pls|please)\s+(?:you|u)\s+(?:just\s+|please\s+|pls\s+)?(?:join|merge|combine|put)\s+(?:them|these|those|the\s+two|both|it|that)\b/,
  /\b(?:join|merge|combine|put)\s+(?:them|these|those|the\s+two|both)(?:\s+\w+){0,3}?\s+(?:together|into\s+one|in\s+one|as\s+one|up)\b/,
  /\b(?:join|merge|combine)\s+(?:the|my|his|her|their|those|these)\s+(?:\w+\s+){0,5}?(?:hopes?|outcomes?|needs?|steps?|goals?|ones)\b/,
  // "this is the same as the last one", "the two train hopes are the same"
  /\bsame\s+(?:thing\s+|hope\s+|one\s+)?as\s+(?:the|that|this)\s+(?:\w+\s+)?(?:one|hope|outcome|need|step)\b/,
  new RegExp(String.raw`\b(?:the\s+)?(?:two|both)\s+(?:\w+\s+){0,2}?(?:hopes?|outcomes?|needs?|steps?|ones)\s+(?:are|is)\s+(?:the\s+same|the\s+same\s+thing|duplicates?)\b`),
  // "the how will we know bit is muddled", "the wording is wrong", "that sentence doesnt make sense"
  new RegExp(
    String.raw`\b(?:the|that|this|my|your)\s+${ITEM}\s+(?:is|was|are|s|looks|reads|sounds|says)\s+(?:still\s+|a\s+bit\s+|all\s+|really\s+|so\s+|just\s+)?(?:muddled|wrong|not\s+right|confusing|jumbled|mixed\s+up|garbled|rubbish|nonsense|weird|odd|off)\b`,
  ),
  new RegExp(String.raw`\b(?:it|that|this|the)(?:\s+${ITEM})?\s+(?:doesnt|does\s+not|dont)\s+make\s+(?:any\s+)?sense\b`),
  // "no thats wrong. i said easter year 7 not end"
  /\b(?:thats|that\s+is|its|it\s+is)\s+(?:all\s+)?(?:wrong|not\s+right|not\s+what\s+i\s+(?:said|meant|wrote))\b[^~]{0,40}\bi\s+(?:said|meant|wrote|put)\b/,
  /\bi\s+(?:said|wrote|put|meant)\s+(?:\w+\s+){1,5}?not\s+\w+/,
  // "dream 1 shud just say be a mechanic", "hope two should be about football": what a numbered item should say.
  new RegExp(String.raw`\b${NUMBERED}\s+(?:should|shud|shld|needs?\s+to|has\s+to|must|can)\s+(?:just\s+|only\s+)?(?:say|says|read|be\s+about)\b`),
  // "the garage bit is dream 2 already": where a part of an item already is.
  new RegExp(String.raw`\b(?:the|that|this)\s+(?:\w+\s+)?(?:bit|part|one)\s+(?:is|s)\s+(?:already\s+)?(?:in\s+)?${NUMBERED}\b`),
  // An item moved between the lists: "the weighing thing isnt wat helps its another hard thing".
  /\b(?:isnt|is\s+not|not)\s+(?:what|wat|something\s+that|a\s+thing\s+that)\s+helps?\b[^~]{0,30}\b(?:its|it\s+is|thats|that\s+is)\s+(?:another|a|more\s+of\s+a)\s+(?:hard|difficult|tricky)\s+thing\b/,
];

/** Words of despair, fear or harm: with them the message is never only talk about the plan. */
const NOT_ONLY_TALK =
  /\b(?:hit|hits|hurt\w*|kill\w*|die|dead|suicid\w*|scared|afraid|frightened|abus\w*|touch\w*|unsafe|not\s+safe|cut|cutting|harm\w*|hopeless|cant\s+cope|not\s+coping|too\s+much|alone|nobody|no\s+one|secret|threat\w*|bruis\w*|hungry|starv\w*|end\s+it|better\s+off|give\s+up|gave\s+up)\b/;

/** The message talks about the plan's own items or the bot's wording, and speaks of no harm or despair. */
export function talksAboutItsItems(text: string): boolean {
  const said = normaliseMessage(text);
  if (!said || said.length > 600 || NOT_ONLY_TALK.test(said)) return false;
  return ABOUT_ITEMS.some((re) => re.test(said));
}
