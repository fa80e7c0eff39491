/*
 * "the gcse one then im done", "one for the bus and thats it": at "another outcome?" the person
 * names the next one and says it is their last. The ending is not part of what they named; it says
 * the outcomes are finished once this one is saved, so "another?" is not asked again. "Then I
 * must go and fetch her from school" says the same.
 */

const ENDING =
  /[\s,.;:!-]+(?:(?:and|n|&)\s+)?(?:then\s+)?(?:(?:i'?m|im|i\s+am|we'?re|were|we\s+are)\s+(?:done|finished|dun)|(?:that'?s|thats|that\s+is)\s+(?:it|all|me\s+done)|(?:that'?ll|thatll)\s+do|(?:no|nothing)\s+more(?:\s+after\s+that)?|(?:it'?s|its|that'?s|thats)\s+(?:the\s+)?last\s+one|last\s+one|after\s+that\s+(?:i'?m|im)\s+(?:done|finished))[\s.!]*$|[.;!]\s*(?:and\s+)?(?:then|after\s+that)\s+i\s+(?:must|have\s+to|need\s+to|gotta|got\s+to|will\s+have\s+to|'?ll\s+have\s+to)\s+(?:go|leave|dash|run|get\s+off)\b[^]*$/i;

/** The words before a "then I'm done" ending, or undefined when the message has no such ending. */
export function lastOneSaid(text: string): string | undefined {
  const match = ENDING.exec(text);
  if (!match) return undefined;
  const rest = text.slice(0, match.index).trim();
  return rest === '' ? undefined : rest;
}
