import { normaliseMessage } from './text';

/*
 * "thats not hard!! thats a good thing about him", "it isnt a problem, its one of his best bits",
 * "thats a strength not a need": a part kept as hard is said to be something good about them. It
 * belongs with what people like about them, never with what is hard. Read on the normalised words.
 */

/** "a good thing about him", "one of his best bits", "a strength", "something we love about her". */
const GOOD =
  /\b(?:(?:a|one\s+of\s+(?:his|her|their|the|my))\s+(?:good|great|lovely|nice|best|positive|fab|brilliant)\s+(?:thing|things|bit|bits|point|points|quality|qualities|trait|traits)|(?:a\s+)?strengths?|(?:a\s+)?positive|something\s+(?:good|lovely|nice|great|positive|(?:we|i|people|everyone)\s+(?:love|like|admire)|to\s+be\s+proud\s+of)|what\s+(?:people|we|everyone)\s+(?:like|love|admire)|(?:we|i|everyone|people)\s+(?:love|adore)\s+(?:it|that|this|about))\b/;
/** "thats not hard", "it isnt a problem", "not a need", "shouldnt be in the hard things". */
const NOT_HARD =
  /\b(?:(?:thats|that\s+is|its|it\s+is|this\s+is|that|it|this)\s+(?:not|isnt|aint|is\s+not|s\s+not)\s+(?:a\s+|an\s+)?(?:hard|difficult|problem|problems|need|issue|struggle|negative|bad)|not\s+(?:a\s+|an\s+)?(?:hard\s+thing|problem|need|bad\s+thing|issue|negative)|shouldnt\s+be\s+(?:in|with|under)\s+(?:the\s+)?(?:hard|needs|problems))\b/;
/** "not something people like", "isnt a good thing", "not a strength": the good words denied. */
const NEGATED_GOOD =
  /\b(?:not|isnt|is\s+not|aint|never)\s+(?:really\s+)?(?:a\s+|an\s+|one\s+of\s+(?:his|her|their|the|my)\s+)?(?:good|great|lovely|nice|best|positive|strengths?|something\s+(?:good|lovely|nice|great|positive|(?:we|i|people|everyone)\s+(?:love|like|admire))|what\s+(?:people|we|everyone)\s+(?:like|love|admire))\b/;
/** "a good thing about him", "about noah": the good thing is theirs. */
const ABOUT = /\babout\s+(?:him|her|them|[a-z]+)\b/;

/** Whether the message says a thing kept as hard is a good thing about them. */
export function saysGoodNotHard(text: string): boolean {
  if (text.length > 200) return false;
  const said = normaliseMessage(text);
  // "its a dream not something people like about her": the good words said no to, so the part moves elsewhere.
  if (NEGATED_GOOD.test(said)) return false;
  return GOOD.test(said) && (NOT_HARD.test(said) || ABOUT.test(said) || /\bnot\s+(?:a\s+)?(?:need|hard|problem)/.test(said));
}
