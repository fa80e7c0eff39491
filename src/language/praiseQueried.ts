/*
 * "lovely?? i said nobody admires me", "nice?? i said i dunno": the bot's own kind word thrown back
 * at it, because it did not fit what was said. A complaint about the bot's reply, never an answer.
 * Only a message that begins with the word queried and goes on, at most, to what they said is read.
 */

/** The bot's kind words after an answer ("That's lovely to hear.", "Thank you. I've kept that."). */
const PRAISE = String.raw`(?:(?:thats\s+|that\s+is\s+)?(?:lovely|nice|great|good|brilliant|amazing)(?:\s+to\s+hear)?|kept\s+(?:it|that)|thank\s+you|thanks)`;

/** "lovely??", "lovely?!", "what do you mean lovely", "how is that lovely". */
const QUERIED = new RegExp(String.raw`^(?:${PRAISE}\s*\?[?!]*|(?:what\s+(?:do\s+(?:you|u)\s+mean|u\s+mean)|wdym|how\s+(?:is|was)\s+(?:that|it))\s+${PRAISE}\s*[?!]*)`);

/** What may follow: "i said nobody admires me", "did you even read it", "are you serious". */
const THEN = /^(?:i\s+(?:just\s+|literally\s+|already\s+)?(?:said|told\s+(?:you|u)|wrote|typed)\b.*|(?:did|do)\s+(?:you|u)\s+(?:even\s+)?(?:read|listen)\b.*|(?:are\s+you|r\s+u|you)\s+(?:serious|joking|kidding|dumb|stupid|broken)\b.*|(?:lol|lmao|bruh|wtf|ffs|omg|what|wat|huh)\b.*)?$/;

/** Whether the message throws the bot's kind word back at it, with nothing else to keep. */
export function queriesPraise(text: string): boolean {
  if (text.length > 120) return false;
  const said = text.toLowerCase().replace(/[’'`]/g, '').replace(/\s+/g, ' ').trim();
  const start = QUERIED.exec(said);
  if (!start) return false;
  const rest = said.slice(start[0].length).replace(/^[\s.,!?]+/, '').replace(/[.!?\s]+$/, '');
  return THEN.test(rest);
}
