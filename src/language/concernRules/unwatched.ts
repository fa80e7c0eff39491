import { r, type Rule } from './shared';

/**
 * Neglect said without naming it: a small child playing out on the road alone or left on their own
 * while a parent goes out; no clean clothes to go in; someone at home who would "actually check i've
 * eaten"; lunch forgotten by the adult; an allergy pen expired and waved away; shoes too small that
 * hurt; carers who do not come.
 */
const SMALL = '(?:[1-7]|one|two|three|four|five|six|seven)';

export const YOUNG_AND_UNWATCHED: readonly Rule[] = [
  r('neglect', String.raw`\b${SMALL}\s+(?:year|yr)\s+old\b[^~]{0,40}\b(?:plays?\s+out\s+on\s+the\s+(?:road|street|main\s+road)|(?:on\s+(?:his|her|their)\s+own|alone|by\s+(?:himself|herself))\s+(?:when\s+(?:i|we)\s+(?:go|pop|nip)\s+(?:out|to)|at\s+night|overnight|all\s+(?:day|night)|on\s+the\s+(?:road|street))|on\s+the\s+(?:road|street)\s+by\s+(?:himself|herself))\b`),
];

export const CARE_NOT_GIVEN: readonly Rule[] = [
  r('neglect', String.raw`\b(?:no|not\s+(?:\w+\s+){0,3}have|never\s+have|dont\s+have|without|havent\s+got)\s+(?:any\s+)?clean\s+(?:clothes|uniform|school\s+uniform|pants|socks|knickers)\b(?![^~]{0,20}\b(?:for\s+(?:pe|swimming|the\s+trip)|because\s+(?:i|we)\s+forgot)\b)|\b(?:someone|anyone|somebody)\s+at\s+home\s+(?:to\s+)?(?:who\s+)?(?:actually\s+|even\s+)?(?:checks?|check|makes?\s+sure|cares?)\b[^~]{0,20}\b(?:eaten|eat|fed|food|dinner|tea)\b|\b(?:forget|forgets|forgot|forgetting)\s+(?:his|her|their)\s+(?:lunch|dinner|tea|breakfast|meals?|food)\b(?<!\b(?:he|she|they)\s+(?:\w+\s+)?forget\w*\s+\w+\s+\w+)|\b(?:epipen|epi\s+pen|inhaler|insulin|meds|medicine|tablets)\s+(?:has\s+|have\s+)?(?:expired|ran\s+out|run\s+out)\b[^~]{0,40}\b(?:says?|said)\s+(?:ill|i\s+will|hell|he\s+will|shell|she\s+will|itll|it\s+will|its|well)\s+be\s+(?:fine|ok|okay|alright)\b|\b(?:shoes|trainers|school\s+shoes)\s+(?:are\s+|is\s+)?(?:too\s+(?:small|smal|tight|little)|dont\s+fit)\s+(?:and\s+)?(?:they\s+)?(?:hurt|hurts|for\s+(?:months|ages)|and\s+(?:mum|dad)\s+(?:wont|says\s+no))\b|\b(?:carer|carers|staff|pa|support\s+worker)\s+no\s+(?:come|came|coming)\b`),
];
