import { r, type Rule } from './shared';

/**
 * Someone who takes or "borrows" a young person's phone, money or things and gets angry when they say
 * no ("my cousin zain borrows my phone and dinner money and gets angry when i say no"): being
 * frightened by someone close into handing things over is harm from others, not a loan. Both parts
 * are needed: borrowing alone ("my cousin borrows my phone charger") and temper alone ("he gets angry
 * when i say no to chips") are left alone.
 */

const TAKES = '(?:borrow|borrows|borrowed|borrowing|take|takes|took|taking|has|have|had|uses|use|using|wants|asks\\s+(?:me\\s+)?for|nicks|nicked)';
const THINGS =
  '(?:phone|mobile|money|cash|dinner\\s+money|lunch\\s+money|pocket\\s+money|bus\\s+money|card|bank\\s+card|ipad|tablet|laptop|console|switch|xbox|ps5|headphones|trainers|stuff|things)';
const TEMPER =
  '(?:(?:gets?|getting|got|goes|went|is|was|becomes?|turns?)\\s+(?:really\\s+|so\\s+|very\\s+|well\\s+|proper\\s+|dead\\s+)?(?:angry|mad|cross|nasty|violent|aggressive|scary|horrible|mental|furious)|shouts?|shouting|shouted|yells?|yelling|yelled|screams?|screaming|kicks?\\s+off|kicking\\s+off|kicked\\s+off|loses?\\s+(?:it|his\\s+temper|her\\s+temper)|lost\\s+(?:it|his\\s+temper|her\\s+temper))';
const REFUSED = '(?:(?:when|if|whenever|cos|coz|because|every\\s+time)\\s+i\\s+(?:say|said|says|tell\\s+him|tell\\s+her|told\\s+him|told\\s+her)\\s+no|(?:when|if|whenever|cos|coz|because|every\\s+time)\\s+i\\s+(?:dont|do\\s+not|wont|will\\s+not|didnt|refuse\\s+to)\\s+(?:let|give|lend|hand))';

export const ANGRY_AT_NO: readonly Rule[] = [
  // "he takes my phone and dinner money to borrow and gets angry when i say no", "... and she shouts if i dont give it".
  r('harm_from_others', `\\b${TAKES}\\s+(?:all\\s+)?(?:of\\s+)?my\\s+(?:\\w+\\s+){0,2}?${THINGS}\\b[^~]{0,70}?\\b${TEMPER}\\b[^~]{0,20}?\\b${REFUSED}\\b`),
];
