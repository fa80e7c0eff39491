/*
 * At the review, help added to what helps with a hard thing: "can u add maybe music to what helps
 * with sleep", "add to what helps: the bike workshop on saturdays". Only the help, in the person's
 * own words, and how the hard thing was named ('' when it was not) are read here.
 */

export interface NeedHelpToAdd {
  help: string;
  /** How the hard thing was named ("sleep"), or '' when it was not. */
  hard: string;
}

const ASK = String.raw`(?:(?:can|could)\s+(?:you|u|i|we)\s+|(?:please|pls|plz)\s+|i\s+(?:want|wanna|would\s+like)\s+(?:to\s+)?|id\s+like\s+to\s+|also\s+|and\s+)*`;
const HEDGE = String.raw`(?:(?:maybe|also|just|like)\s+)?`;
const WHAT_HELPS = String.raw`(?:the\s+)?(?:what\s+helps|things?\s+that\s+helps?|helps|the\s+help)`;
const WITH = String.raw`(?:with|for)\s+(?:the\s+|my\s+|his\s+|her\s+)?`;

/** "add maybe music to what helps with sleep", "add music to what helps". */
const WORDS_FIRST = new RegExp(String.raw`^${ASK}add\s+${HEDGE}(.{2,120}?)\s+(?:to|in|into|under)\s+${WHAT_HELPS}(?:\s+${WITH}(.{2,60}?))?[\s.!]*$`, 'i');
/** "add to what helps: the bike workshop", "add to what helps with sleep - music". */
const HELPS_FIRST = new RegExp(String.raw`^${ASK}add\s+(?:to|in|into|under)\s+${WHAT_HELPS}(?:\s+${WITH}(.{2,60}?))?\s*(?::|\s-+|–)\s*(.{2,120}?)[\s.!]*$`, 'i');

const tidy = (words: string): string => words.trim().replace(/^["'“‘]+|["'”’.!\s]+$/g, '').trim();

/** The help and the hard thing named, when the message asks to add to what helps; else null. */
export function needHelpToAdd(text: string): NeedHelpToAdd | null {
  const said = text.trim().replace(/\s+/g, ' ');
  if (!said || said.length > 250) return null;
  const first = WORDS_FIRST.exec(said);
  if (first) return readOf(first[1]!, first[2] ?? '');
  const later = HELPS_FIRST.exec(said);
  return later ? readOf(later[2]!, later[1] ?? '') : null;
}

function readOf(help: string, hard: string): NeedHelpToAdd | null {
  const words = tidy(help);
  return /\p{L}{2,}/u.test(words) ? { help: words, hard: tidy(hard) } : null;
}
