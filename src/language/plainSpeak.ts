/*
 * Text-speak read as the words it stands for, once, where a reader starts: "wot does goal mean",
 * "wats a outcome", "looks gd", "ye looks ok". Only readers see this; what a person typed is
 * always kept as typed. A capital "N" (an initial: "miss N") and names are left alone.
 */

const WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:wot|wat|wht|wut)\b/g, 'what'],
  [/\b(?:wats|wots|whats|wuts)\b/g, 'what is'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\br\b/g, 'are'],
  [/\bwen\b/g, 'when'],
  [/\b(?:shud|shld)\b/g, 'should'],
  [/\b(?:wiv|wiht|wif)\b/g, 'with'],
  [/\bgd\b/g, 'good'],
  [/\b(?:ye|yh|ya)\b/g, 'yes'],
];

/** "&" and a lowercase "n" between words mean "and"; never after a title ("miss n", "mr n"). */
const AND = /(?<!\b(?:miss|mr|mrs|ms|dr|sir|mx)\s)(?<=\S\s)\bn\b(?=\s\S)/g;

/** The message with its text-speak written out; case and everything else as typed. */
export function plainSpeak(text: string): string {
  let said = text.replace(AND, 'and');
  for (const [re, word] of WORDS) said = said.replace(new RegExp(re.source, 'gi'), (m) => (m === m.toUpperCase() && m.length > 1 ? m : word));
  return said;
}
