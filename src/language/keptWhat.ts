import { complaintSentence } from './aside';
import { normaliseMessage } from './text';

/*
 * "kept what. i didnt say what is important yet": the bot said "I've kept that" after words that were
 * no answer. The person asks what was kept, and may say they have not answered yet. Every sentence
 * must be one of these (or another complaint about the chat), so an answer is never read as this.
 */

/** "kept what", "you kept what?", "saved what", "what did you keep", "what have u saved". */
const KEPT_WHAT =
  /^(?:(?:so|but|wait|um+|erm+|sorry|huh)\s+)*(?:(?:you|u)\s+(?:just\s+)?)?(?:kept|keep|saved|save|stored|store|put down|wrote down)\s+(?:what|wat|wot)(?:\s+(?:exactly|then|tho|though))?$|^(?:(?:so|but|wait|um+|erm+|sorry|huh)\s+)*(?:what|wat|wot)\s+(?:did|have|has)\s+(?:you|u)\s+(?:just\s+)?(?:keep|kept|save|saved|store|stored|put down|write down|written down)(?:\s+(?:exactly|then|tho|though))?$/;

/** "i didnt say what is important yet", "i havent answered that yet", "i never said that". */
const NOT_SAID_YET = /^(?:(?:but|and|so)\s+)?i\s+(?:didnt|did not|havent|have not|hadnt|never)\s+(?:even\s+)?(?:say|said|answer|answered|tell you|told you|give|given|put|type|typed)\b.*$/;

/** Whether the message asks what was kept, with nothing but talk about the chat beside it. */
export function asksKeptWhat(text: string): boolean {
  if (text.length > 160) return false;
  const sentences = text
    .split(/[.?!;\n]+/)
    .map((s) => normaliseMessage(s).replace(/\s+(?:lol|tho|though|then)$/, ''))
    .filter(Boolean);
  let asks = false;
  for (const sentence of sentences) {
    if (KEPT_WHAT.test(sentence)) asks = true;
    else if (!NOT_SAID_YET.test(sentence) && !complaintSentence(sentence)) return false;
  }
  return asks;
}
