import { r, type Rule } from './shared';

/**
 * Risks outside the first seven categories in plain or misspelt words: nowhere to live, sleeping
 * at a bus station or in a tent in the woods; a child who disappears and keeps packing a bag;
 * drugs, alcohol or pills not prescribed taken to cope, gas or glue sniffed; a marriage to a stranger, or a "wedding"
 * abroad that ends college.
 */
export const NOWHERE_TO_SLEEP: readonly Rule[] = [
  r('other', String.raw`\b(?:nowhere|no\s*where|no\s+were|no\s+place)\s+to\s+(?:live|sleep|stay|go\s+tonight)\b|\b(?:sleep|sleeps|sleeping|slept|slep|kip|kipping|kipped|stay|stayed|staying|spent\s+the\s+night|spend\s+the\s+night|nights?)\s+(?:at|in|on)\s+(?:the\s+|a\s+)?(?:bus\s+(?:station|stop|shelter)|train\s+station|station|streets?|doorways?|stairwells?|underpass|multi\s+storey)\b|\b(?:im|i\s+am|we\s+are|were|living|still)\s+in\s+a\s+tent\s+in\s+(?:the\s+)?(?:woods|park|field)\b(?<!\b(?:camping|holiday|dofe|scouts|festival)\b[^~]{0,40})`),
];

export const GONE_MISSING: readonly Rule[] = [
  r('other', String.raw`\b(?:son|daughter|boy|girl|child|kid|teenager|year\s+old|he|she)\s+(?:has\s+|had\s+|keeps\s+)?(?:disappeared|disappearing|vanished|went\s+missing|gone\s+missing|goes\s+missing|going\s+missing)\b(?![^~]{0,160}\b(?:one\s+off|mix\s+up|wrong\s+bus|got\s+lost)\b)|\b(?:packing|packs|packed)\s+a\s+bag\s+and\s+(?:saying|says|said|threatening)\b[^~]{0,30}\b(?:go|leave|run|off)\b`),
];

export const DRUGS_TO_COPE: readonly Rule[] = [
  r('other', String.raw`\b(?:cannabis|weed|skunk|spice|ket|ketamine|coke|cocaine|crack|mdma|pills|painkillers|codeine|tramadol|valium|xanax|vodka|alcohol|cider|drinking)\b[^~]{0,60}\b(?:to\s+cope|just\s+to\s+cope|to\s+stop\s+(?:the\s+)?(?:voices|thinking|feeling|thoughts|memories|nightmares)|to\s+forget|to\s+get\s+through\s+the\s+day|to\s+numb|to\s+block\s+(?:it|things|everything)|all\s+day\s+every\s+day)\b|\b(?:sniff|sniffs|sniffing|sniffed)\s+(?:gas|glue|aerosols?|lighter\s+fluid|solvents|petrol|deodorant)\b|\b(?:arent|are\s+not|werent|not)\s+prescribed\s+(?:to|for)\s+me\b`),
];

export const WEDDING_NOT_WANTED: readonly Rule[] = [
  r('other', String.raw`\bmarried\s+to\s+(?:a\s+|an\s+|some\s+)?(?:\w+\s+)?(?:man|boy|woman|girl|stranger|cousin|someone|somebody|person)\s+(?:i|she|he)\s+(?:dont|doesnt|didnt|never|has\s+never|have\s+never|hasnt|havent)\s+(?:even\s+)?(?:know|knew|met|meet|seen)\b|\bwedding\b[^~]{0,80}\b(?:cries|crying|cried|scared|frightened|doesnt\s+want|dont\s+want|wont\s+need\s+(?:her|his|my)\s+(?:college|school|course|place))\b|\bwont\s+need\s+(?:her|his|my)\s+(?:college|school|course)\s+(?:place\s+)?(?:\w+\s+){0,3}(?:after|because\s+of)\s+the\s+wedding\b`),
];
