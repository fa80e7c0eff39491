import { normaliseMessage } from './text';

/*
 * After a note about harm from others (a brother who shoves them, bullies, a partner, being left
 * without food), a child often asks whether it is normal: "is it normal that he shoves me?", "is
 * that allowed", "am i overreacting". They need a plain "no, it is not OK" for that harm, never
 * "OK, let's carry on". Read only where such a note stands, so "is it ok" there is about the harm.
 */

const OK = String.raw`(?:normal|ok|okay|alright|all\s+right|allowed|fine|wrong|bad|acceptable|right)`;

const QUESTIONS = new RegExp(
  [
    // "is it normal that he shoves me", "is it OK for a brother to shove you", "is that allowed": never
    // "is it ok if i skip this", "is it ok to stop now", "is it ok for me to go on".
    String.raw`\b(?:is|isnt|was)\s+(?:it|that|this|what\s+(?:he|she|they)\s+(?:does|did|do))\s+(?:really\s+|actually\s+|just\s+|even\s+|still\s+)?${OK}\b(?!\s+(?:if\b|to\b|for\s+(?:me|us)\s+to\b|with\s+(?:you|u)\b))`,
    // "is he allowed to shove me", "are brothers allowed to do that"
    String.raw`\b(?:is|are)\s+(?:he|she|they|my\s+\w+|brothers|sisters|parents|mums|dads|people)\s+(?:even\s+)?allowed\s+to\b`,
    // "am i overreacting", "am i being dramatic", "am i making a fuss"
    String.raw`\bam\s+i\s+(?:just\s+)?(?:being\s+)?(?:overreacting|over\s+reacting|dramatic|silly|too\s+sensitive|making\s+(?:a\s+fuss|it\s+up|a\s+big\s+deal))\b`,
    // "do all brothers do that", "dont all brothers do that"
    String.raw`\b(?:do|dont|does|doesnt)\s+(?:all|other|every|most)\s+\w+\s+(?:do|act|shove|hit|push)\b`,
    // "is that what brothers do", "is this how brothers are"
    String.raw`\b(?:is|isnt)\s+(?:that|this|it)\s+(?:just\s+)?(?:what|how)\s+(?:brothers|sisters|siblings|families|parents|boyfriends|girlfriends|\w+s)\s+(?:do|are|act)\b`,
  ].join('|'),
);

/** Whether the message asks if the harm told is normal or OK ("is it normal that he shoves me?", "am i overreacting"). */
export function asksIfHarmIsOk(text: string): boolean {
  if (text.length > 500) return false;
  return QUESTIONS.test(normaliseMessage(text));
}
