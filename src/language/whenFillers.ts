/* The words said around a time at "by when?" that are not part of the phrase kept. */

/** Words said around a time that are not part of it: "next summer then", "by christmas idk", after it "next summer still" ("or so" is part of it). */
const FILLERS =
  /\b(?:then|tbh|idk|realistically|honestly|i\s+dunno|dunno|lol|lmao|maybe|i\s+guess|i\s+suppose|i\s+think|probably|um+|uh+|erm+|innit|ish|i\s+reckon)\b/gi;
const TRAILING_FILLERS = /(?:[\s,]+(?:still|tho|though|aswell|as\s+well))+[\s.!?]*$/i;

/** A word of agreement after the time: "by easter is fine", "next summer works", "by june sounds good". */
// The verb is needed after a space ("by the time im good" keeps "good"); "works" is never someone's work ("when mum works").
const TRAILING_AGREEMENT =
  /(?:\s*,\s*(?:(?:is|s|would\s+be|will\s+be|should\s+be|sounds|seems)\s+)?(?:fine|ok|okay|good|alright|great)|\s+(?:is|would\s+be|will\s+be|should\s+be|sounds|seems)\s+(?:fine|ok|okay|good|alright|great)|(?<!\b(?:he|she|i|they|we|you|mum|dad|it|who)),?\s+works(?:\s+for\s+me)?)[\s.!?]*$/i;

/** "like by summer", "so by july", "by like summer": a spoken "like" or "so" before the time is no part of it. */
const LEADING_FILLERS = /^(?:(?:like|so|well|ok|okay|um+|erm+|uh+)[\s,]+)+(?=\S)/i;
const LIKE_AFTER_BY = /^(by|before|in|around|until|till)\s+like\s+(?=\S)/i;

/** The phrase kept, without fillers and the marks around them. */
export function withoutFillers(phrase: string): string {
  const kept = phrase
    .replace(LEADING_FILLERS, '')
    .replace(LIKE_AFTER_BY, '$1 ').replace(TRAILING_FILLERS, '').replace(FILLERS, ' ').replace(/\(\s*\)/g, ' ').replace(/\s+([,)])/g, '$1').replace(/\s+/g, ' ');
  return kept.replace(TRAILING_AGREEMENT, '').replace(/^[\s,;:.!?-]+|[\s,;:.!?-]+$/g, '').trim() || phrase.trim();
}
