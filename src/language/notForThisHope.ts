import { normaliseMessage } from './text';

/*
 * "wat?? the bus thing isnt for this one. its big groups and not having money": a need kept for
 * this hope (often linked from another) is not about it. The words before "isnt for this one" say
 * which; the words after, when there are any, are what is hard instead, in their own words.
 */

const LEAD = String.raw`^(?:(?:wat|what|wot|huh|eh|oi|um+|erm|no+|nah|nope|wait|hang\s+on|but|and|so|well|ugh|omg)\s+)*`;
const NOT_FOR = new RegExp(
  String.raw`${LEAD}(?:the\s+)?(.+?)\s+(?:(?:thing|one|bit|stuff)\s+)?(?:isnt|isn\s+t|is\s+not|aint|ain\s+t|doesnt\s+go|does\s+not\s+go|dont\s+go|not)\s+(?:for|about|with|part\s+of)\s+(?:this|dis|that)(?:\s+(?:one|hope|1))?(?:\s+(.*))?$`,
);
const RIGHT_LEAD = /^(?:(?:its|it\s+s|it\s+is|thats|that\s+s|this\s+one\s+is|it\s+should\s+be|its\s+actually|actually|i\s+meant|i\s+mean|just|only|but|instead)\s+)+/;
const FILLER = new Set(['the', 'thing', 'things', 'one', 'bit', 'stuff', 'that', 'this', 'about', 'with']);

export interface NotForThisHope {
  /** Words naming the need that is not for this hope ("bus"). */
  named: string[];
  /** What is hard instead, as typed (normalised); empty when not said. */
  right: string;
}

export function readNotForThisHope(text: string): NotForThisHope | null {
  const said = normaliseMessage(text);
  if (said.length > 240) return null;
  const match = NOT_FOR.exec(said);
  if (!match) return null;
  const named = (match[1] ?? '').split(/\s+/).filter((w) => w.length > 2 && !FILLER.has(w));
  // A long clause before "not for this" is an answer of its own, not a pointer at a need.
  if (named.length === 0 || named.length > 5) return null;
  const right = (match[2] ?? '').replace(RIGHT_LEAD, '').trim();
  return { named, right };
}
