import { r, type Rule } from './shared';

/**
 * Neglect told as doing everything alone because nobody helps ("i do everything myself now, nobody
 * helps", "i have to sort it all on my own, no one looks after me"). Doing it oneself is pride when it
 * is said alone ("I can do it myself now", ordinaryLife.ts); it is care missing when the same message
 * says nobody helps, cares or is there. So the rule needs both: everything or it all done alone, and
 * nobody doing their part, in either order. "nobody does it for me anymore" beside "myself now" is a
 * step gained, not care missing; "nobody helps" or "nobody cares" never is.
 */
const ALL_ALONE = String.raw`(?:(?:i|we|he|she)\s+(?:just\s+)?(?:do|does|did|have\s+to\s+do|has\s+to\s+do|had\s+to\s+do|sort|sorts|sort\s+out|manage|look\s+after|cook|pay\s+for)\s+(?:everything|every\s+thing|it\s+all|all\s+of\s+it|all\s+(?:the|my|our)\s+\w+)(?:\s+out)?(?:\s+(?:myself|my\s+self|on\s+my\s+own|by\s+myself|alone|ourselves|himself|herself))?(?:\s+now)?|(?:i|we)\s+(?:am|im|are|have\s+been|ve\s+been)\s+(?:doing|sorting|managing)\s+(?:everything|it\s+all|all\s+of\s+it))`;
const NOBODY_DOES = String.raw`(?:nobody|no\s+one|noone|no\s+body|nobodys|no\s+adult)\s+(?:else\s+)?(?:helps?|helping|cares?|checks?|is\s+(?:ever\s+|even\s+|really\s+)?(?:there|around|home|in)|looks?\s+after|(?:does|do|makes?|cooks?)\b(?!\s+(?:it|that|them|this|my\s+\w+)?\s*(?:for\s+me\s+)?(?:any\s*more|now)\b))\b(?!\s+(?:me\s+)?(?:with\s+)?(?:my\s+)?(?:homework|maths|spelling|revision|coursework))`;

export const DONE_ALONE: readonly Rule[] = [
  // "i do everything myself now, nobody helps", "nobody helps, i have to do it all on my own" (not "nobody needs to help, i can do it myself now").
  r('neglect', String.raw`\b${ALL_ALONE}\b[^~]{0,40}\b${NOBODY_DOES}|\b${NOBODY_DOES}[^~]{0,40}\b${ALL_ALONE}\b`),
];
