import { readFirstWord } from './verbFirst';

/*
 * "add maths", "pls add spelling too", "put down loud noises": asking for a thing to go on the list
 * being built (at "what makes it hard?" and at the review, the hard things). The asking word is no
 * part of the thing: kept as "maths", never "add maths", and never a hope called "add maths".
 * A wish or a step ("add learn to swim", "add going to college") is left to the hope readers, and
 * "add up money" is a skill, not an asking.
 */

const ASK = String.raw`(?:(?:can|could)\s+(?:you|u|i|we)\s+|please\s+|pls\s+|plz\s+|also\s+|and\s+|oh\s+|ok\s+|okay\s+|yeah\s+|yes\s+|oh\s+and\s+)*`;
const ADD = new RegExp(
  String.raw`^${ASK}(?:add|ad|put\s+down|write\s+down|write|put)\s+` +
    // Words that start a longer request, a hope or a skill are not the thing itself.
    String.raw`(?!(?:up|on|that|this|it|them|a\s+(?:hope|dream|goal|outcome|new)|an?\s+(?:other|outcome)|another|one|more|to|in|into|some|something|anything|hope|dream|goal|outcome|my\s+(?:hope|dream|goal))\b)` +
    String.raw`(.+?)(?:\s+(?:too|as\s+well|also|please|pls|plz|thanks|ty))*\s*[.!]*$`,
  'i',
);

/** The thing asked to be added ("maths" of "add maths"), or null when the message is no such asking. */
export function addedThing(text: string): string | null {
  const said = text.trim().replace(/\s+/g, ' ');
  if (!said || /\?\s*$/.test(said)) return null;
  const words = ADD.exec(said)?.[1]?.trim().replace(/^["'“‘]+|["'”’]+$/g, '').trim();
  if (!words || !/\p{L}{2,}/u.test(words) || words.split(' ').length > 4) return null;
  // "add go to college", "add swimming lessons" is help or a hope; only a thing named, not a doing.
  if (readFirstWord(words) === 'verb' || /^(?:i|he|she|they|we|im|i'm)\b/i.test(words)) return null;
  return words;
}
