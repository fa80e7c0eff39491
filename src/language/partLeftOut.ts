/*
 * "u cut off the bit about the instructor", "you left out the driving instructor part": the person
 * says a part of what they said is missing. The part is read so the bot can say where it went
 * (or put it back), never so they have to say the whole sentence again.
 */

const LEAD = String.raw`^(?:(?:but|and|hey|oi|um+|erm+|wait|no+|oh|so|why\s+(?:did|have)|have|did)[\s,.!]+)*`;
const WHO = String.raw`(?:you|u|ya|yu)(?:\s+(?:have|hav|did|just|'ve))?`;
const LEFT = String.raw`(?:cut|cutted|chopped|left|leaved|missed|took|taken|dropped|forgot|forgotten|lost|deleted|removed)`;
const BIT = String.raw`(?:(?:the|that|my)\s+)?(?:bit|part|words?)\s+(?:about|with|of|that\s+said|where\s+i\s+said)\s+`;
const PART_FIRST = new RegExp(`${LEAD}${WHO}\\s+${LEFT}(?:\\s+(?:off|out))?\\s+(?:${BIT})?(.+?)(?:\\s+(?:bit|part))?(?:\\s+(?:off|out))?[\\s.!?]*$`, 'i');
/** "where is the bit about the instructor", "what happened to the instructor part". */
const WHERE = new RegExp(`${LEAD}(?:where(?:\\s+is|'s|s)|what\\s+happened\\s+to)\\s+(?:${BIT})(.+?)[\\s.!?]*$`, 'i');

/** The words of the part the person says was cut off or left out, or null when they say no such thing. */
export function partSaidLeftOut(text: string): string | null {
  const clean = text.slice(0, 200).replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();
  const m = PART_FIRST.exec(clean) ?? WHERE.exec(clean);
  const part = m?.[1]?.replace(/^(?:the|that|my|a|an)\s+/i, '').trim();
  // "you cut it off", "you left me out": no part named, nothing to look for.
  if (!part || /^(?:it|that|this|them|me|him|her|some|something|stuff|words?)$/i.test(part)) return null;
  return part;
}

const SMALL = new Set(['the', 'a', 'an', 'who', 'that', 'with', 'and', 'of', 'to', 'for', 'my', 'me', 'i', 'bit', 'part', 'about']);
const wordsOf = (s: string) => s.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter((w) => w && !SMALL.has(w));

/** Whether the part named is the same as words kept elsewhere (most of its words there, allowing a typo's stem). */
export function partIsIn(part: string, kept: string): boolean {
  const want = wordsOf(part);
  const have = wordsOf(kept);
  if (want.length === 0) return false;
  const found = want.filter((w) => have.some((h) => h === w || (w.length >= 5 && h.length >= 5 && h.slice(0, 5) === w.slice(0, 5))));
  return found.length * 3 >= want.length * 2;
}
