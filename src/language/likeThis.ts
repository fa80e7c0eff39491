/*
 * "what do u mean? like the teacher tells me?": after asking what the question means, an example
 * offered with a question mark asks whether that is what is meant. It is never the answer yet: the
 * bot says it could be, in their words turned to "you", and asks again.
 */

/** "like the teacher tells me?", "so like my mum checks?", "as in i do it on my own?". */
const LIKE_THIS = /^(?:(?:so|or|and|um+|erm+)\s+)*(?:like|as in|for example|e g|eg)\s+(.{3,80}?)\s*(?:or something|or what|or|then|yeah|right|maybe|kinda|sort of)?$/;

/** The example a "like ...?" piece offers, or null. `said` is the piece's plain words, `text` as typed. */
export function exampleOffered(said: string, text: string): string | null {
  if (!/\?\s*$/.test(text)) return null;
  return LIKE_THIS.exec(said)?.[1]?.trim() ?? null;
}

const TO_YOU: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bi\s*m\b|\bi am\b/g, 'you are'],
  [/\bi\s*ve\b/g, 'you have'],
  [/\bi\s*ll\b/g, 'you will'],
  [/\bi\b/g, 'you'],
  [/\bme\b/g, 'you'],
  [/\bmy\b/g, 'your'],
  [/\bmine\b/g, 'yours'],
  [/\bmyself\b/g, 'yourself'],
];

/** "the teacher tells me" said back as "the teacher tells you". */
export function saidToYou(words: string): string {
  let said = words;
  for (const [re, to] of TO_YOU) said = said.replace(re, to);
  return said;
}
