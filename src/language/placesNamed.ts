import { normaliseMessage, parseNumber, phrasesOf } from './text';
import { TAKE_OUT_VERB } from './takeOutVerbs';

/*
 * "delete 1 and 2", "1 and 2 are wrong. delete them": two or more parts named by their numbers in
 * the list the person saw, to come out together after one yes.
 */

/** One place: "5", "number 5", "hope 5", "the 5th", "five", "the seventh one". */
const ITEM = String.raw`(?:the\s+)?(?:(?:hopes?|numbers?|numer|num|no|dreams?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+(?:ones?|hopes?|dreams?))?`;
/** Between places: ",", "and", "and also", "and delete", "plus". */
const SEP = String.raw`(?:\s+(?:(?:and|n|an|plus|also|then)\s+)*(?:${TAKE_OUT_VERB}\s+)?)`;
/** "1 and 2", "hopes 1, 2 and 4", "number 1 and number 3", "5 and delete 7", "the 5th and 7th", "five and seven". */
const LIST = new RegExp(String.raw`^(?:(?:hopes|numbers|ones|dreams)\s+)?${ITEM}(?:${SEP}${ITEM})+(?:\s+(?:ones|hopes|dreams|too|as well|aswell|please|pls|thanks|both))*$`);
/** The number each place says. */
const PLACE = /\b(?:(\d{1,2})(?:st|nd|rd|th)?|(two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\b/g;

/** "... are wrong", "... r not right", "... are rubbish": the numbers said to be wrong. */
const SAID_WRONG = /^(.+?)\s+(?:are|r|is|were|both|are both)\s+(?:(?:both|all|just|so|totally|completely)\s+)*(?:wrong|not right|rubbish|bad|mistakes?|not mine|not me|not true|not what i (?:said|meant|want))$/;
/** "delete them", "take those out", "remove both": the asking, with nothing else named. */
const TAKE_THEM =
  new RegExp(String.raw`^(?:(?:so|and|pls|please|just|can you|can u|could you)\s+)*(?:${TAKE_OUT_VERB}\s+(?:them|those|these|both|em|them both|both of them|them 2)|take (?:them|those|both|em) (?:out|off|away))(?:\s+(?:please|pls|thanks|too|both))*$`);

/** The numbers in "1 and 2", "hopes 1, 2 and 4"; undefined when the words are not such a list. */
export function numbersListed(words: string): number[] | undefined {
  const said = normaliseMessage(words).trim();
  const found = LIST.exec(said);
  if (!found) return undefined;
  const numbers = [...said.matchAll(PLACE)].map((m) => (m[1] ? Number(m[1]) : (parseNumber(m[2]!) ?? 0)));
  return numbers.length > 1 && new Set(numbers).size === numbers.length ? numbers : undefined;
}

/** "1 and 2 are wrong. delete them": the numbers of the parts said wrong and asked away, else undefined. */
export function numbersSaidWrong(text: string): number[] | undefined {
  const sentences = phrasesOf(text).map((s) => normaliseMessage(s).trim()).filter(Boolean);
  if (sentences.length !== 2) return undefined;
  const [first, second] = sentences as [string, string];
  const wrong = SAID_WRONG.exec(first);
  return wrong && TAKE_THEM.test(second) ? numbersListed(wrong[1]!) : undefined;
}
