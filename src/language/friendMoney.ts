import { normaliseMessage } from './text';

/*
 * "my friend keeps borrowing money off me and never pays it back", told by a young adult: possibly
 * mate crime or financial abuse, possibly a poor friend. Neither the full alarm nor nothing: a
 * gentle question about whether they feel they have to. Threats, fear, cards, PINs, drugs or a
 * friend moving in are more than this, and keep the full answer.
 */

const FRIEND = /\b(?:friends?|mates?|bestie|best\s+mate|pal|pals|someone\s+i\s+know|people\s+i\s+know|a\s+(?:lad|guy|girl)\s+i\s+know)\b/;
const BORROWS =
  /\b(?:borrow|borrows|borrowing|borrowed|lend|lends|lending|lent|owes?|owing)\b[^.!?]{0,30}\b(?:money|cash|quid|pounds?|tenner|fiver|£\s?\d+|\d+\s?(?:quid|pounds?))\b|\b(?:borrow|borrows|borrowing|borrowed)\s+(?:off|from)\s+me\b|\b(?:ask|asks|asking|asked)\s+(?:me\s+)?(?:for|to\s+borrow)\s+(?:some\s+)?(?:money|cash)\b/;
const NOT_PAID_BACK =
  /\b(?:never|not|dont|doesnt|didnt|wont|hasnt|havent|cant)\s+(?:\w+\s+)?(?:pay|pays|paid|give|gives|gave|giving|paying)\s+(?:it\s+|me\s+|them\s+|any\s+of\s+it\s+)?(?:back)\b|\bnever\s+(?:get|got|see|saw)\s+(?:it|them|the\s+money|my\s+money)\s+back\b|\bnot\s+(?:paid|given)\s+(?:me\s+)?back\b/;
/** More than a friend who does not pay back: pressure, fear, harm, their card or home taken over, crime. */
const MORE_THAN_THAT =
  /\b(?:scared|afraid|frightened|threat\w*|or\s+else|make\s+me|makes\s+me|made\s+me|have\s+to|got\s+to|force\w*|hit|hits|hurt\w*|punch\w*|pin|card|bank|benefits?|account|drugs?|weed|parcels?|packages?|moved\s+in|stay\w*\s+at\s+my|my\s+flat|my\s+house|cant\s+say\s+no|wont\s+let|shout\w*|angry|all\s+my\s+money|no\s+money\s+left|cant\s+afford|food)\b/;

/** A friend borrowing money and not paying it back, with nothing in the message that says more than that. */
export function tellsOfFriendNotPayingBack(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 300 && FRIEND.test(said) && BORROWS.test(said) && NOT_PAID_BACK.test(said) && !MORE_THAN_THAT.test(said);
}
