import { normaliseMessage } from './text';

/*
 * Cuckooing told by a young adult in his own words: a "mate" and his friends staying at his flat for
 * weeks, him sleeping on the sofa, them eating all his food, his money gone, the place loud at night.
 * Each alone is ordinary life ("my mate stayed over at the weekend"); two kinds together, in one message
 * or across the chat, are the worry (exploitation), when one of them is someone staying or his own bed
 * lost. The chat keeps only which kinds were told, never the words.
 * Never a partner or close family living there ("my girlfriend lives with me now", "my brother is staying
 * with me till he finds a flat"), nor one night ("stayed over at the weekend").
 */

export const CUCKOO_SIGNS = ['staying', 'bedLost', 'foodEaten', 'moneyGone', 'placeUsed'] as const;
export type CuckooSign = (typeof CUCKOO_SIGNS)[number];

/** Whose stay is ordinary: a partner or close family. */
const HOME_PEOPLE = String.raw`(?:girlfriend|boyfriend|gf|bf|partner|wife|husband|fiance|fiancee|missus|mum|mam|mom|dad|brother|bro|sister|sis|son|daughter|baby|kids?|children|carer|nan|gran|grandma|grandad)`;

/** Someone staying at my place: "mick and his mates stay at mine", "hes bin stayin at mine for weeks", "they moved into my flat". */
const STAYING =
  /\b(?:stay|stays|stayin|staying|stayed|living|livin|lives|live|moved|move|moving|moved\s+in|move\s+in|moving\s+in|kip|kips|kipping|crash|crashes|crashing|sleeps?\s+over|sleeping\s+over|dossing|doss)\s+(?:in\s+|at\s+|with\s+|into\s+|round\s+)?(?:mine|me|my\s+(?:flat|house|home|place|room|gaff|bungalow))\b/;
/** A long or open-ended stay, or a group: what turns a visit into someone living there. */
const LONG_OR_MANY =
  /\b(?:for\s+(?:weeks|months|ages|a\s+(?:long\s+time|month|while)|\w+\s+(?:weeks|months))|all\s+the\s+time|every\s+(?:night|day)|wont\s+(?:leave|go)|not\s+(?:leaving|going)|(?:bin|been|keeps?)\s+(?:stay|stayin|staying|living|kipping|crashing)|moved\s+in|move\s+in|moving\s+in|(?:his|her|their)\s+(?:mates|m8s|friends|frends|pals|lads|boys|mate|friend|frend)|(?:mates|friends|frends|lads|people|men)\s+(?:stay|stays|staying|stayin|living|kip|crash))\b/;
/** One night or a weekend: a visit. */
const ONE_VISIT = /\b(?:at\s+the\s+weekend|last\s+(?:night|weekend)|one\s+night|for\s+the\s+night|on\s+(?:friday|saturday|sunday|fri|sat|sun)|for\s+a\s+night|tonight)\b/;
/** The person has lost his own bed or room: "i sleep on the sofa", "he has my bed", "i want my bed back". */
const BED_LOST =
  /\bi\s+(?:\w+\s+)?(?:sleep|sleeps|sleepin|sleeping|slept|kip|kipping|have\s+to\s+sleep|got\s+to\s+sleep)\s+on\s+(?:the\s+|my\s+)?(?:sofa|settee|couch|floor)\b|\b(?!(?:i|ill|id|im|ive|to|and|n|can|cant|will|wont|would|should|must|could)\b)\w+\s+(?:has|have|got|gets|took|takes|sleeps\s+in|sleep\s+in|sleeping\s+in|is\s+in)\s+my\s+(?:bed|room|bedroom)\b|\b(?:want|wants|get)\s+my\s+(?:bed|room|bedroom)\s+back\b|\bthe\s+(?:sofa|settee|couch|floor)\s+is\s+(?:hard|horrible|uncomfy|uncomfortable|cold)\s+(?:to|for)\s+(?:sleep|sleeping)\b/;
/** Food of the home eaten by others: "he eats all my food", "they ate all the food". */
const FOOD_EATEN =
  /\b(?:he|she|they|them|mates?|friends?|frends|lads|people|\w+)\s+(?:\w+\s+)?(?:eat|eats|ate|eaten|eating|scoff\w*|finish\w*|take|takes|took)\s+(?:all\s+)?(?:of\s+)?(?:my|the|me|our)\s+(?:food|shopping|tea|dinners?|fridge)\b|\bno\s+food\s+left\b/;
/** His money gone: "i got no money left", "my money is all gone", "i pay for everything". */
const MONEY_GONE =
  /\b(?:i\s+(?:got|have|had|ave)\s+no\s+money(?:\s+left)?|no\s+money\s+left|my\s+money\s+(?:is\s+|has\s+)?(?:all\s+)?(?:gone|runs?\s+out|ran\s+out)|i\s+(?:pay|paid|buy|bought)\s+(?:for\s+)?(?:everything|it\s+all|all\s+(?:the\s+)?(?:food|shopping)))\b/;
/** The place used or loud by them: "they r loud at nite", "parties every night", "people coming and going". */
const PLACE_USED =
  /\b(?:they|them|he|his\s+mates|his\s+friends|people)\s+(?:r|are|is|be|being|get|gets)\s+(?:really\s+|so\s+|well\s+)?(?:loud|noisy)\b|\b(?:parties|party)\s+(?:every|all)\s+(?:night|day|the\s+time)|\bpeople\s+(?:coming|comin)\s+(?:and|n)\s+(?:going|goin)\b|\b(?:cant|can\s+not|cannot)\s+(?:get|make|kick)\s+(?:them|him)\s+(?:to\s+)?(?:leave|go|out)\b/;
/** "my boyfriend", "his mum": someone of their own home. */
const HOME_FOLK = new RegExp(String.raw`\b(?:my|his|her)\s+${HOME_PEOPLE}\b`);
/** Noise from next door is no sign. */
const NEIGHBOURS = /\b(?:neighbours?|next\s+door|upstairs|downstairs|the\s+street|outside)\b/;

/** The kinds of sign of cuckooing this message tells, each once. */
export function cuckooSignsOf(text: string): CuckooSign[] {
  if (text.length > 1_000) return [];
  const said = normaliseMessage(text).replace(/['’]/g, '');
  const signs: CuckooSign[] = [];
  const homeFolk = HOME_FOLK.test(said) && !/\b(?:mates?|friends?|frends|m8s?|cousins?|pals?)\b/.test(said);
  if (STAYING.test(said) && LONG_OR_MANY.test(said) && !ONE_VISIT.test(said) && !homeFolk) signs.push('staying');
  if (BED_LOST.test(said)) signs.push('bedLost');
  if (FOOD_EATEN.test(said)) signs.push('foodEaten');
  if (MONEY_GONE.test(said)) signs.push('moneyGone');
  if (PLACE_USED.test(said) && !NEIGHBOURS.test(said)) signs.push('placeUsed');
  return signs;
}

/** Whether the kinds told so far add up to cuckooing: two kinds, one of them someone staying or the bed lost. */
export function signsAddUpToCuckooing(signs: readonly CuckooSign[]): boolean {
  const kinds = new Set(signs);
  return kinds.size >= 2 && (kinds.has('staying') || kinds.has('bedLost'));
}
