/*
 * "He is 9 but I worry about the secondary school next year": a worry said beside a plain answer
 * (the age). The worry is theirs to talk about later, in their words, from "I" on; the answer
 * beside it still answers the question.
 */

const WORRY =
  /(?:^|[,.;!?]\s*|\s(?:but|and|although|though|also)\s+)((?:i|we)\s*(?:am|'m|m|are|'re|re)?\s*(?:really\s+|a\s+bit\s+|so\s+|very\s+|also\s+|just\s+)*(?:worry|worried|worrying|scared|afraid|anxious|nervous|concerned|stressed)\s+(?:about|for|that|of|because)\s+.{3,}?)\s*[.!]*$/i;

/** The worry said beside an answer, in their words ("I worry about the secondary school next year"); undefined when none. */
export function worryBeside(text: string): string | undefined {
  const worry = WORRY.exec(text.trim())?.[1]?.trim();
  return worry && worry.length <= 300 ? worry : undefined;
}
