import { normaliseMessage, parseNumber } from './text';

/*
 * An item of a numbered list, picked by its place as people type it: "number 2", "no 3", "its the
 * first one", "2nd", "the last one", "option 3 i guess". Only the place and words around it that
 * say nothing more; "3 times a week" or "the first one was wrong" say more, so they are no pick.
 */

const PLACE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|top|bottom)`;
const PICK = new RegExp(
  String.raw`^(?:(?:um+|erm+|hmm+|ok|okay|so|well|yes|yeah|yeh|ye|i\s+think|i\s+guess|prob|probably|maybe|defo|definitely|deffo|mostly|i\s+(?:pick|choose|mean|meant|said)|(?:that|it)\s+(?:is|s|would\s+be|d\s+be)|its|thats|id\s+say|go\s+(?:for|with))\s+)*` +
    String.raw`(?:the\s+)?(?:(?:number|num|no|nr|option|hope|item|#)\s*)?(${PLACE})(?:\s+(?:one|hope|option|item|on\s+the\s+list))?` +
    String.raw`(?:\s+(?:i\s+think|i\s+guess|i\s+suppose|prob|probably|maybe|tbh|pls|please|thanks|ty|lol|then|really))*$`,
);

/** The 1-based place of the item picked in a list of `count`, or undefined when the message says anything else or is out of range. */
export function placePicked(text: string, count: number): number | undefined {
  const said = normaliseMessage(text.replace(/#/g, ' number '));
  const found = PICK.exec(said);
  if (!found) return undefined;
  const word = found[1]!;
  // "the one", "it's one": "one" is a place only alone or after "number" ("number one").
  if (word === 'one' && said !== 'one' && !/\b(?:number|num|no|nr|option|hope|item)\s*one\b/.test(said)) return undefined;
  const place = /^(?:last|final|bottom)$/.test(word) ? count : word === 'top' ? 1 : parseNumber(word);
  return place !== null && place >= 1 && place <= count ? place : undefined;
}
