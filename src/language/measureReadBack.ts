import { withoutEmoji } from './chatter';

/*
 * How everyone will know, read back as a tidy sentence: "because i will have gone every week" is
 * "I will have gone every week."; "i will know because because teacher says so" is "Teacher says so.".
 * The words stay theirs; only the lead-in, a word typed twice and the first capital are put right.
 */

/** "because", "cos", "well": a lead-in that answers "how will you know?" before the answer itself. */
const LEAD = /^(?:(?:because|becuase|becos|cos|coz|cuz|cause|bc|well|um+|erm|so|like|by)\b[\s,]*)+/i;
/** "i will know because", "you'll know when": the question said back before the answer. */
const KNOW_LEAD = /^(?:i|we|you|they|people|every(?:one|body)|u)\s*(?:will|would|'ll|ll|'d|d)?\s+(?:know|see|tell)\s+(?:it\s+)?(?:because|cos|coz|cuz|by|when|as|that|if)\b[\s,]*/i;
/** A word typed twice in a row ("will will", "because because"). */
const TWICE = /\b(\p{L}+)(\s+\1\b)+/giu;

export function measureReadBack(typed: string): string {
  // Emoji are dropped, as they are from the kept measure: "i do a show 💃 nan comes" is "I do a show nan comes.".
  let said = withoutEmoji(typed).replace(/\s+/g, ' ').trim().replace(TWICE, '$1');
  for (let before = ''; before !== said; ) {
    before = said;
    said = said.replace(KNOW_LEAD, '').replace(LEAD, '').trim();
  }
  if (!said) return typed.trim();
  said = said.replace(/\bi\b/g, 'I');
  const sentence = said.charAt(0).toUpperCase() + said.slice(1);
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}
