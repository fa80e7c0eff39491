import { concernText } from './concernText';
import { CARER, DAD, GRAN, GRANDAD, MUM, SUPPORT_STAFF } from './familyWords';

/*
 * A young adult proud of travelling alone: "i get the bus to centre on my own and nan dont have to take
 * me". Said as the whole message, that is a step to independence, never a sign of neglect to ask after.
 * Only these words, start to end: the bus, train or taxi to an everyday place, on their own, and a family
 * member or carer who does not have to take them. Anything more ("cos she wont", "and theres no food",
 * "and he follows me") leaves the message to be read for a worry as ever.
 */

const TRAVEL = '(?:get|gets|getting|take|takes|taking|catch|catches|catching|go\\s+on|going\\s+on|ride|use)\\s+(?:the\\s+|a\\s+)?(?:bus|buses|train|tram|taxi|metro)';
const PLACE = '(?:(?:the\\s+)?(?:day\\s+)?centre|center|college|work|the\\s+shops|shops|town|the\\s+town|my\\s+(?:job|course|club|placement)|day\\s+services?|the\\s+club|club|the\\s+gym|gym)';
const FAMILY = `(?:my\\s+)?(?:${GRAN}|${GRANDAD}|${MUM}|${DAD}|${CARER}|${SUPPORT_STAFF})`;
const NOT_HAVE_TO = '(?:dont|doesnt|does\\s+not|do\\s+not|dosnt|dosent)\\s+(?:have\\s+to|need\\s+to|hav\\s+to|haf\\s+to)\\s+(?:take|drive|bring|walk)\\s+me(?:\\s+there)?';

const OWN_TRAVEL = new RegExp(
  `^\\s*(?:(?:and|now|also|yes|yeah|yeh)\\s+)?i\\s+(?:can\\s+|now\\s+|always\\s+|already\\s+)?${TRAVEL}(?:\\s+to\\s+${PLACE})?\\s+(?:on\\s+my\\s+own|by\\s+myself|alone|myself)(?:\\s+(?:now|every\\s+day|most\\s+days))?(?:\\s+(?:and|so|n)\\s+${FAMILY}\\s+${NOT_HAVE_TO})?\\s*$`,
);

/** The whole message is travelling alone to an everyday place, with a family member or carer who need not take them. */
export function tellsOfOwnTravel(text: string): boolean {
  return text.length <= 140 && OWN_TRAVEL.test(concernText(text));
}

/** Nothing to read for a worry (an empty string) when the message is only travelling alone (see OWN_TRAVEL); else the message as it was. */
export function withoutOwnTravel(text: string): string {
  return tellsOfOwnTravel(text) ? '' : text;
}
