import { normaliseMessage } from './text';

/** The help lines as people name them: "the numbers", "childline", "those helplines". */
const LINES =
  String.raw`(?:(?:the|those|these|them|all\s+(?:the|those|these)|ur|your|that)\s+)?(?:phone\s+)?(?:numbers?|help\s*lines?|hot\s*lines?|childline|samaritans|shout|nspcc|999)`;

/**
 * "please stop giving me the numbers", "i know the numbers", "stop saying childline", "no more
 * helplines", a parent's "you don't need to keep giving me helplines", "we have the numbers": the
 * person has the help lines and does not want them said again. Never "what are the numbers again?"
 * or "can you give me the number", which ask for them.
 */
const DECLINES = new RegExp(
  String.raw`\b(?:(?:stop|quit|enough\s+(?:of|with))\s+(?:giving|sending|saying|telling|showing|repeating|putting|with|about)?\s*(?:me\s+)?${LINES}|(?:dont|do\s+not|no\s+need\s+to)\s+(?:need\s+to\s+|have\s+to\s+)?(?:keep\s+(?:on\s+)?)?(?:giv(?:e|ing)|send(?:ing)?|say(?:ing)?|tell(?:ing)?|show(?:ing)?|repeat(?:ing)?)\s+(?:me\s+|us\s+)?${LINES}(?:\s+again)?|no\s+more\s+${LINES}|(?:i|ive|i\s+ve|we|weve|we\s+ve)\s+(?:already\s+)?(?:know|have|got|ve\s+got|have\s+got|saw|seen|ve\s+seen)\s+(?:already\s+)?${LINES}(?:\s+already)?|(?:i\s+)?(?:dont|do\s+not)\s+(?:want|need)\s+${LINES}(?:\s+again|\s+any\s*more)?)\b`,
);
const ASKS_FOR = /\b(?:what\s+(?:is|are|was|were|s)|whats|can\s+(?:you|u|i)\s+(?:give|have|get|send|tell)|give\s+me|send\s+me|again\s*\?)\b/;

/** Whether the message asks that the help lines not be said to them again. */
export function declinesTheNumbers(text: string): boolean {
  if (text.length > 200) return false;
  const said = normaliseMessage(text);
  const declined = DECLINES.exec(said);
  if (!declined) return false;
  // "ive seen the numbers but im scared to ring", "i dont want childline to know about me": not a wish to stop hearing them.
  const after = said.slice(declined.index + declined[0].length);
  if (/^\s*(?:but|to|about|finding|knowing)\b/.test(after) || /\b(?:scared|afraid|frightened|nervous|too\s+shy)\b/.test(after)) return false;
  return !(ASKS_FOR.test(said) && !/\b(?:stop|dont|do\s+not|no\s+more)\b/.test(said));
}
