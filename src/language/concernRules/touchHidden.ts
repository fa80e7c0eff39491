import { r, type Rule } from './shared';

/**
 * Sexual abuse and control at home told around the edges: a hand inside a costume or underwear
 * "to help", a coach who showers with the children, hands that "go places"; a partner who decides
 * when one can eat; a parent made to beg on her knees; the police at the house again for the fighting;
 * a child made to sleep or get in a grown-up's bed.
 */
const CLOTHES = '(?:costume|swimsuit|swimming\\s+costume|knickers|pants|underwear|trousers|shorts|skirt|top|bra|nappy|pyjamas|leotard)';

export const HANDS_INSIDE: readonly Rule[] = [
  r('sexual_abuse', String.raw`\b(?:puts?|putting|slides?|slid|sliding|sticks?|stuck)\s+(?:his|her|their)\s+hands?\s+(?:inside|in|down|up|under)\s+(?:my|her|his|our)\s+${CLOTHES}\b|\b(?:coach|teacher|instructor|leader|tutor|uncle|man|step\s+dad|boyfriend|neighbour)\s+(?:\w+\s+){0,2}(?:showers?|baths?|bathes)\s+with\s+(?:us|me|her|him|them)\b|\bhands?\s+(?:go|goes|went|wander|wanders|wandered)\s+(?:places|to\s+places|where|down\s+my)\b|\bwhat\s+(?:my\s+)?(?:\w+\s+){0,2}(?:dad|uncle|step\s+dad|coach|teacher|man|brother|cousin|grandad|boyfriend|neighbour)\s+did\s+to\s+me\s+(?:at|in|on|when|after)\b`),
];

export const CONTROL_AT_HOME: readonly Rule[] = [
  r('domestic_abuse', String.raw`\b(?:partner|boyfriend|girlfriend|husband|wife|fiance)\s+(?:decides|controls|chooses|says)\s+(?:everything|when\s+i\s+(?:can\s+)?(?:eat|sleep|go\s+out|shower|wash)|what\s+i\s+(?:can\s+)?(?:eat|wear)|who\s+i\s+(?:can\s+)?(?:see|talk\s+to))\b|\b(?:makes?|made|making)\s+(?:my\s+)?(?:mum|mam|her|my\s+nan|my\s+sister)\s+(?:\w+\s+){0,3}(?:on\s+her\s+knees|beg|begs|begging)\b|\bpolice\s+(?:came|come|were\s+called|got\s+called|was\s+called)\s+(?:round\s+|to\s+(?:ours|our\s+(?:house|flat)|my\s+house)\s+)?(?:again\b[^~]{0,40}\b(?:fighting|fight|shouting|screaming|arguing|rowing|dad|him|he)\b|[^~]{0,30}\b(?:because\s+of|for)\s+the\s+(?:fighting|shouting|screaming|arguing|rowing)\b)`),
];

/** Made, told or wanted: the grown-up's part. */
const MADE = '(?:makes?|made|making|forces?|forced|forcing|tells?|told|telling|wants?|wanted|gets?|got|orders?|ordered)';
/**
 * An everyday reason of the child's own for sharing a bed: a storm, a nightmare, being poorly themselves ("when im
 * ill"), guests staying. Never a reason about someone else ("when mum is ill").
 */
const OWN_REASON = String.raw`(?:thunder|storms?|nightmares?|bad\s+dreams?|fever|temperature|seizures?|fits|guests?|visitors|staying\s+over|decorat\w*|camping|holiday|hotel|(?:im|i\s+am|i\s+m|i\s+feel|i\s+get|were|we\s+are)\s+(?:really\s+|so\s+|very\s+)?(?:poorly|ill|sick))`;
/** A parent settling their own child, said by the parent ("i get him to sleep in my bed or he wont settle", "when hes ill"). */
const BY_A_PARENT = String.raw`(?<=\b(?:i|we|(?:his|her|their)\s+(?:dad|daddy|mum|mummy|father|mother))\s+(?:\w+\s+)?${MADE}\s+(?:him|her|them)\b[^~]*)`;
const SETTLING = String.raw`(?:(?:hes|he\s+is|shes|she\s+is|he\s+gets|she\s+gets)\s+(?:really\s+|so\s+|very\s+)?(?:poorly|ill|sick)|settle|settles|fall\s+asleep|falls\s+asleep|go\s+to\s+sleep|goes\s+to\s+sleep|get\s+to\s+sleep|wont\s+sleep|cant\s+sleep\s+without)`;
/** Not for a reason of the child's own, nor a parent settling their own child. A negative lookahead. */
const BED_SHARED_FOR_A_REASON = `(?![^~]{0,40}\\b${OWN_REASON}\\b)(?!${BY_A_PARENT}[^~]{0,40}\\b${SETTLING}\\b)`;

/**
 * Made, told or wanted to sleep or get in someone's bed, or in bed with them: "he makes me sleep in his bed",
 * "my mums boyfriend makes me get in his bed", "he tells me to get in bed with him". Not a child sharing one's
 * own bed ("my little brother sleeps in my bed when he has nightmares"), nor going to mum's bed when poorly. A reason
 * about someone else does not excuse it ("my stepdad makes me sleep in his bed when mum is ill").
 */
export const MADE_TO_SHARE_BED: readonly Rule[] = [
  r(
    'sexual_abuse',
    String.raw`\b${MADE}\s+(?:me|her|him|us|my\s+(?:little\s+|baby\s+|big\s+)?(?:sister|brother))\s+(?:to\s+)?(?:sleep|get|lie|lay|stay|go|come|climb)\s+(?:in|into|on|in\s+to)\s+(?:his\s+bed|bed\s+with\s+(?:him|them))\b${BED_SHARED_FOR_A_REASON}`,
  ),
];
