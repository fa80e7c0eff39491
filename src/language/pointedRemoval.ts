/*
 * "why does it say i hate forms, take that out": words of the read-back quoted in a complaint or a
 * question, then asked away with "that" or "it". The words quoted are the ones to take out; the
 * asking is never kept.
 */

/** "take that out", "delete it", "get rid of that bit", "that shouldn't be there". */
const POINTED =
  /\b(?:(?:take|get|leave|cross|cut)\s+(?:that|it|this|them|those)(?:\s+(?:bit|part|words?))?\s+(?:out|off|away)|(?:take\s+out|remove|delete|drop|lose|get\s+rid\s+of|cut)\s+(?:that|it|this|them|those)(?:\s+(?:bit|part|words?))?\b|(?:that|it|this)(?:\s+(?:bit|part))?\s+(?:shouldnt|shouldn't|should\s+not|doesnt|doesn't|does\s+not)\s+(?:be\s+(?:there|in\s+it)|belong))/i;

/** Where the words are quoted: "why does it say X", "it says X", "what is X doing there". */
const QUOTED: readonly RegExp[] = [
  // "it says 'with help', take it out": words in quotes are the words meant.
  /["“‘]([^"”’]{2,80})["”’]/,
  /\b(?:why|how\s+come)\s+(?:does|did|do|has|is)\s+(?:it|that|this|the\s+\w+)\s+(?:say|says|said|saying|got|have|put)\s+["'“‘]?(.+?)["'”’]?\s*(?:[,.!?;]|\s+(?:in\s+it|there|lol|tho|though)\b|$)/i,
  /\b(?:it|that|this)\s+(?:says|said)\s+["'“‘]?(.+?)["'”’]?\s*(?:[,.!?;]|\s+(?:which|and|in\s+it|there|lol)\b|$)/i,
  /\bwhat\s+(?:is|s|'s)\s+["'“‘]?(.+?)["'”’]?\s+doing\s+(?:there|in\s+(?:it|there))\b/i,
  /\bwhere\s+(?:it\s+)?says\s+["'“‘]?(.+?)["'”’]?\s*(?:[,.!?;]|$)/i,
  /\bi\s+(?:never|didnt|didn't|did\s+not)\s+(?:say|mean|want)\s+["'“‘]?(.+?)["'”’]?\s+(?:in\s+(?:it|there|the\s+\w+)|to\s+go\s+in)\b/i,
];

/** The words quoted and asked away, or undefined when the message does not point at quoted words. */
export function pointedWordsToRemove(text: string): string | undefined {
  const said = text.trim().replace(/\s+/g, ' ').replace(/[’‘`]/g, "'");
  if (!POINTED.test(said)) return undefined;
  for (const re of QUOTED) {
    const words = re.exec(said)?.[1]?.trim().replace(/^(?:that|the\s+words?)\s+/i, '');
    if (words && /\p{L}{2,}/u.test(words) && words.split(/\s+/).length <= 12) return words;
  }
  return undefined;
}
