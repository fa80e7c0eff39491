import { r, type Rule } from './shared';

/**
 * Sexual abuse and control at home told around the edges: a hand inside a costume or underwear
 * "to help", a coach who showers with the children, hands that "go places"; a partner who decides
 * when one can eat; a parent made to beg on her knees; the police at the house again for the fighting.
 */
const CLOTHES = '(?:costume|swimsuit|swimming\\s+costume|knickers|pants|underwear|trousers|shorts|skirt|top|bra|nappy|pyjamas|leotard)';

export const HANDS_INSIDE: readonly Rule[] = [
  r('sexual_abuse', String.raw`\b(?:puts?|putting|slides?|slid|sliding|sticks?|stuck)\s+(?:his|her|their)\s+hands?\s+(?:inside|in|down|up|under)\s+(?:my|her|his|our)\s+${CLOTHES}\b|\b(?:coach|teacher|instructor|leader|tutor|uncle|man|step\s+dad|boyfriend|neighbour)\s+(?:\w+\s+){0,2}(?:showers?|baths?|bathes)\s+with\s+(?:us|me|her|him|them)\b|\bhands?\s+(?:go|goes|went|wander|wanders|wandered)\s+(?:places|to\s+places|where|down\s+my)\b|\bwhat\s+(?:my\s+)?(?:\w+\s+){0,2}(?:dad|uncle|step\s+dad|coach|teacher|man|brother|cousin|grandad|boyfriend|neighbour)\s+did\s+to\s+me\s+(?:at|in|on|when|after)\b`),
];

export const CONTROL_AT_HOME: readonly Rule[] = [
  r('domestic_abuse', String.raw`\b(?:partner|boyfriend|girlfriend|husband|wife|fiance)\s+(?:decides|controls|chooses|says)\s+(?:everything|when\s+i\s+(?:can\s+)?(?:eat|sleep|go\s+out|shower|wash)|what\s+i\s+(?:can\s+)?(?:eat|wear)|who\s+i\s+(?:can\s+)?(?:see|talk\s+to))\b|\b(?:makes?|made|making)\s+(?:my\s+)?(?:mum|mam|her|my\s+nan|my\s+sister)\s+(?:\w+\s+){0,3}(?:on\s+her\s+knees|beg|begs|begging)\b|\bpolice\s+(?:came|come|were\s+called|got\s+called|was\s+called)\s+(?:round\s+|to\s+(?:ours|our\s+(?:house|flat)|my\s+house)\s+)?(?:again\b[^~]{0,40}\b(?:fighting|fight|shouting|screaming|arguing|rowing|dad|him|he)\b|[^~]{0,30}\b(?:because\s+of|for)\s+the\s+(?:fighting|shouting|screaming|arguing|rowing)\b)`),
];
