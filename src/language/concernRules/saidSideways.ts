import { r, type Rule } from './shared';

/**
 * Harm from others said indirectly: bruises said not to be from sport, a fall one has to claim, a
 * temper one "catches", a parent one listens for on the stairs, being beaten up misspelt ("bet me
 * up"), a parent's names for a child said all day.
 */
export const NOT_FROM_SPORT: readonly Rule[] = [
  r('harm_from_others', String.raw`\b(?:bruises?|bruising|marks|black\s+eye|cuts|burns|bumps)\b[^~]{0,40}\b(?:its|it\s+is|theyre|they\s+are|thats|was|were|wasnt|werent|isnt|arent)\s+not\s+(?:really\s+|actually\s+)?from\s+(?:football|rugby|pe|sport|sports|training|falling|a\s+fall|the\s+stairs|playing|the\s+park|my\s+bike|boxing)\b|\b(?:have|had|got)\s+to\s+say\s+(?:i|he|she)\s+(?:fell|fall|tripped|walked\s+into|banged)\b|\b(?:told|tells|makes|made)\s+(?:me|him|her)\s+(?:to\s+)?say\s+(?:i|he|she)\s+(?:fell|tripped|walked\s+into|banged)\b`),
];

export const CATCHES_THE_TEMPER: readonly Rule[] = [
  r('harm_from_others', String.raw`\btemper\b[^~]{0,60}\b(?:(?:im|i\s+am|i\s+m)\s+the\s+one\s+(?:who|that)\s+(?:catches|gets|cops|takes)\s+it|i\s+(?:catch|cop|get)\s+it|takes?\s+it\s+out\s+on\s+me)\b|\b(?:cant|dont\s+have\s+to|not)\s+hear\s+(?:my\s+)?(?:dad|step\s+dad|mums\s+boyfriend|him)\s+coming\s+(?:up\s+the\s+stairs|home|in)\b|\b(?:scared|dread|dreading|freeze|hide)\b[^~]{0,30}\bhear\s+(?:my\s+)?(?:dad|step\s+dad|mums\s+boyfriend|him)\s+coming\b`),
  r('harm_from_others', String.raw`\b(?:bet|beated|beeted)\s+me\s+up\b`),
  r('harm_from_others', String.raw`\b(?:dad|mum|step\s+dad|step\s+mum|parents|carer|carers|nan|gran)\s+(?:always\s+|keeps?\s+)?(?:call|calls|called|calling)\s+me\s+(?:a\s+|an\s+)?(?:dum|dumb|thick|stupid|useless|worthless|fat|ugly|retard|retarded|pathetic|idiot|disgusting|mistake|freak)\b(?:\s+(?:and|an|n)\s+\w+)?\s+(?:all\s+(?:day|the\s+time)|every\s+(?:day|time)|always)\b`),
];
