import { normaliseMessage } from './text';

/*
 * Saying which hope matters most: "the most important one is the flat", "getting a job is the
 * most important", "the flat matters most to me", "my number one is a job". Gives the words that
 * name the hope; null when the message says no such thing ("it is important to me" is not a ranking).
 */

const LEAD = String.raw`(?:(?:ok|okay|oh|and|but|also|so|well|um+|erm+|i think|i guess|actually|tbh)\s+)*`;
const TOP = String.raw`(?:(?:the\s+)?most\s+important|(?:the\s+)?(?:my\s+)?(?:main|biggest|top|number\s+one|no\s+1|number\s+1|1st)|(?:the\s+)?one\s+that\s+matters\s+most|(?:the\s+)?one\s+i\s+care\s+about\s+most)`;
const KIND = String.raw`(?:\s+(?:one|hope|dream|thing|goal|wish))?(?:\s+(?:for|to)\s+me)?`;

const PATTERNS: readonly RegExp[] = [
  // "the most important one is X", "my main hope is X", "number one is X"
  new RegExp(String.raw`^${LEAD}(?:my\s+|the\s+)?${TOP}${KIND}\s+(?:is|would\s+be|has\s+to\s+be|is\s+to)\s+(.+)$`),
  // "X is the most important", "X is my top one", "X is what matters most"
  new RegExp(String.raw`^${LEAD}(.+?)\s+(?:is|are|would\s+be)\s+(?:the\s+|my\s+)?(?:${TOP}${KIND}|what\s+matters\s+(?:the\s+)?most(?:\s+to\s+me)?)$`),
  // "X matters most (to me)", "X means the most to me"
  new RegExp(String.raw`^${LEAD}(.+?)\s+(?:matters?|means)\s+(?:the\s+)?most(?:\s+to\s+me)?$`),
  // "i care most about X", "what matters most is X", "i want X most of all"
  new RegExp(String.raw`^${LEAD}(?:i\s+care\s+(?:the\s+)?most\s+about|what\s+matters\s+(?:the\s+)?most(?:\s+to\s+me)?\s+is)\s+(.+)$`),
];

/** Pointers that name no hope by themselves. */
const EMPTY = /^(?:it|this|that|this one|that one|them|all|all of them|everything|both|none)$/;

/** The words naming the hope said to matter most, or null. */
export function mostImportantSaid(text: string): string | null {
  if (text.length > 200) return null;
  const said = normaliseMessage(text);
  for (const pattern of PATTERNS) {
    const named = pattern.exec(said)?.[1]?.trim();
    if (named && !EMPTY.test(named)) return named.replace(/^(?:the\s+one\s+(?:about|with|for)\s+|(?:my|the)\s+(?:hope|dream)\s+(?:about|to|of)\s+)/, '');
  }
  return null;
}
