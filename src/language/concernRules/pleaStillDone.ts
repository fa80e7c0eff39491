import { r, type Rule } from './shared';

/**
 * Touch kept on after being asked not to: "dont touch me he says but he does", "i said no touching me but she still
 * does it". A plain "dont touch me" is a wish about how to be helped (abuse.ts leaves it), so it is the going on
 * regardless that tells of harm here.
 */
const PLEA = String.raw`\b(?:dont|don\s*t|do\s+not|please\s+dont|no|stop)\s+(?:touch|touching)\s+me\b`;
const SOMEONE = String.raw`(?:he|she|they|my\s+\w+(?:\s+\w+)?|hes|shes|theyre)`;
const DOES_IT_ANYWAY = String.raw`(?:still\s+|just\s+|always\s+)?(?:does|did|do|does\s+it|did\s+it|keeps?\s+(?:on|doing\s+it|going)|kept\s+(?:on|doing\s+it|going)|carries\s+on|carried\s+on|(?:wont|doesnt|didnt|never)\s+stop|(?:touches|touched)\s+me|ignores?\s+me|ignored\s+me)`;

/** Asked of someone named ("i keep telling him dont touch me"): that person is the one touching. */
const TOLD_SOMEONE = String.raw`\b(?:tell|tells|telling|told|say|says|said|saying|ask|asks|asked|asking|beg|begged|begging|shout|shouted)\s+(?:at\s+)?(?:him|her|them|my\s+(?:step\s*)?(?:dad|mum|uncle|brother|cousin|grandad|nan|carer))\s+(?:to\s+)?(?:dont|don\s*t|do\s+not|not\s+to|to\s+stop|stop)\s+(?:touch|touching)\s+me\b`;

export const PLEA_STILL_DONE: readonly Rule[] = [
  r('sexual_abuse', TOLD_SOMEONE),
  r('sexual_abuse', String.raw`${PLEA}[^~]{0,40}?\b(?:but|and|yet)\s+${SOMEONE}\s+(?:\w+\s+)?${DOES_IT_ANYWAY}\b`),
];
