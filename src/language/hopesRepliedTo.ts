/*
 * Short replies about the hopes already given, never a hope of their own: "thats all one hope",
 * "not rn", "both of them".
 */

/**
 * "thats all one hope", "they go together", "its just one thing": the hopes cut from one message
 * are one. "one more hope" or "i have one hope" is not this.
 */
export function saysItIsOneHope(text: string): boolean {
  const plain = text.toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
  if (/\bone more\b|\banother\b/.test(plain)) return false;
  return /\b(?:(?:its|it is|thats|that is|theyre|they are|those are|these are|that was|it was|they were)\s+(?:all\s+|just\s+|only\s+|really\s+)?(?:one|1|the same|a single)(?:\s+(?:hope|thing|dream|idea|goal|wish))?|(?:they|those|these|it|both)\s+(?:go|goes|belong|belongs|are)\s+together|(?:keep|put)\s+(?:it|them|those|these)\s+(?:as\s+one|together)|(?:its|it is|thats|that is)\s+(?:only|just)\s+one|(?:dont|do not|no need to)\s+split(?:\s+(?:it|them))?|^(?:no\s+|nah\s+)?(?:all\s+|just\s+)?one\s+hope(?:\s+not\s+(?:two|three|2|3))?|same\s+(?:hope|thing|dream))\b/.test(plain) || NAMED_AS_ONE.test(plain.replace(/[.!?,\s]+$/, ''));
}

/**
 * "the drummer and gigs bit is one thing tho", "drummer in a band and play gigs should be one hope
 * not two": the hopes named are one. Only when that is how the message ends, so "one thing i want is ..." is not this.
 */
const NAMED_AS_ONE =
  /\b(?:is|are|was|were|should\s+be|shud\s+be|should\s+have\s+been|needs?\s+to\s+be)\s+(?:all\s+|just\s+|only\s+|really\s+|meant\s+to\s+be\s+)?(?:one|1|a\s+single|the\s+same)(?:\s+(?:hope|thing|dream|idea|goal|wish))?(?:\s+(?:not\s+(?:two|2|three|3|separate)|tho|though|really|lol|x+|ok|okay))*$/;

/** "not rn", "no ty", "nah not atm": nothing more to add, typed quickly. */
export function saysNoMore(text: string): boolean {
  // "Nothing else. Those three are all of my hopes.": each sentence says there are no more.
  const sentences = text.split(/[.!;\n]+/).map((s) => s.toLowerCase().replace(/['’]/g, '').replace(/[^a-z\s]/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return sentences.length > 0 && sentences.every((plain) => NO_MORE.test(plain) || ALL_SAID.test(plain));
}

const NO_MORE = /^(?:(?:no|nah|nope|not|none|nothing|naw)\s*)+(?:\s*(?:rn|right now|now|yet|atm|at the moment|ty|thx|thanks|thank you|for now|really|rly|tbh|im good|im ok|thats all|thats it|else|more|lol|x+))*$/;
/**
 * "Those three are all of my hopes", "that is all my hopes", "I have no more hopes": every hope is said.
 * "no they are all there", "nothing is missing": after the hopes kept were read back, none is missing.
 */
const ALL_SAID =
  /^(?:(?:no|nah|nope|ok|okay|oh|sorry)\s+)*(?:(?:they|those|these|theyre)\s+(?:are\s+|re\s+)?all\s+(?:there|here|in|on\s+(?:it|the\s+list))|(?:nothing|none|not\s+one)\s+(?:of\s+them\s+)?(?:is\s+|are\s+)?missing|(?:you|u)\s+(?:have|ve\s+got|have\s+got|got)\s+(?:them\s+all|all\s+of\s+them|all\s+(?:my|the|his|her)\s+(?:hopes|dreams))|(?:those|these|they|that|thats|that is|it|its|it is)\s+(?:(?:two|three|four|five|2|3|4|5)\s+)?(?:are\s+|is\s+|were\s+)?(?:all|everything|it)(?:\s+of)?(?:\s+(?:my|the|his|her)\s+(?:hopes|dreams|hopes and dreams))?|i\s+(?:have|ve got|have got|got)\s+no\s+(?:more|other)\s+(?:hopes|dreams)|(?:i\s+)?(?:do not|dont)\s+have\s+(?:any\s+)?(?:more|other|another)(?:\s+(?:hopes?|dreams?|ones?))?)(?:\s+(?:now|thanks|thank you))*$/;

/** "both", "both of them", "all of those", "the ones i said": only pointing back at hopes already given. */
export function pointsBackOnly(text: string): boolean {
  const plain = text.toLowerCase().replace(/['’]/g, '').replace(/[^a-z\s]/g, ' ').replace(/\s+/g, ' ').trim();
  return /^(?:(?:yes|yeah|yh|ye|just|i\s+said|i\s+mean|i\s+meant)\s+)*(?:both|all|them|those|these|the\s+same|same|(?:both|all)\s+(?:of\s+)?(?:them|those|these|the\s+ones?\s+i\s+(?:said|say|told\s+you|gave|put))|(?:those|these|them|the)\s+(?:two|2|three|3|ones?)(?:\s+i\s+(?:said|say|told\s+you|gave|put))?|(?:the\s+)?(?:ones?|same)\s+(?:as\s+)?i\s+(?:said|say|told\s+you|gave|put)(?:\s+before)?)(?:\s+(?:please|pls|thanks|lol|x+|already|before))*$/.test(plain);
}
