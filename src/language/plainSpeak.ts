import { RecentReadings } from './recentReadings';

/*
 * Text-speak read as the words it stands for, once, where a reader starts: "wot does goal mean",
 * "wats a outcome", "looks gd", "ye looks ok". Only readers see this; what a person typed is
 * always kept as typed. A capital "N" (an initial: "miss N") and names are left alone.
 */

/** Case-blind, made once here (they are read on every message, several times a turn). */
const WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:wot|wat|wht|wut)\b/gi, 'what'],
  [/\b(?:wats|wots|whats|wuts)\b/gi, 'what is'],
  [/\bu\b/gi, 'you'],
  [/\bur\b/gi, 'your'],
  [/\br\b/gi, 'are'],
  [/\bwen\b/gi, 'when'],
  [/\b(?:shud|shld)\b/gi, 'should'],
  [/\b(?:wiv|wiht|wif)\b/gi, 'with'],
  [/\bgd\b/gi, 'good'],
  [/\b(?:ye|yh|ya)\b/gi, 'yes'],
];

/** "&" and a lowercase "n" between words mean "and"; never after a title ("miss n", "mr n"). */
const AND = /(?<!\b(?:miss|mr|mrs|ms|dr|sir|mx)\s)(?<=\S\s)\bn\b(?=\s\S)/g;

/** The message with its text-speak written out; case and everything else as typed. */
export function plainSpeak(text: string): string {
  return plainSpoken.read(text, () => plainSpeakAfresh(text));
}

/** Several readers write out the same message in one turn: it is done once (and forgotten with every reading). */
const plainSpoken = new RecentReadings<string>(16);

function plainSpeakAfresh(text: string): string {
  let said = text.replace(AND, 'and');
  // Global patterns are safe to share: replace starts each from the beginning.
  for (const [re, word] of WORDS) said = said.replace(re, (m) => (m === m.toUpperCase() && m.length > 1 ? m : word));
  return said;
}
