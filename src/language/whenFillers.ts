/* The words said around a time at "by when?" that are not part of the phrase kept. */

/** Words said around a time that are not part of it: "next summer then", "by christmas idk", after it "next summer still" ("or so" is part of it). */
const FILLERS =
  /\b(?:then|tbh|idk|realistically|honestly|i\s+dunno|dunno|lol|lmao|maybe|i\s+guess|i\s+suppose|i\s+think|probably|um+|uh+|erm+|innit|ish|i\s+reckon)\b/gi;
const TRAILING_FILLERS = /(?:[\s,]+(?:still|tho|though|aswell|as\s+well))+[\s.!?]*$/i;

/** The phrase kept, without fillers and the marks around them. */
export function withoutFillers(phrase: string): string {
  const kept = phrase.replace(TRAILING_FILLERS, '').replace(FILLERS, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+([,)])/g, '$1').replace(/\s+/g, ' ');
  return kept.replace(/^[\s,;:.!?-]+|[\s,;:.!?-]+$/g, '').trim() || phrase.trim();
}
