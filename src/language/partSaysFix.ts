/*
 * "the first outcome says both by next summer, can you fix it", "the money goal has by by in it pls
 * change it": the part named, what it says, then the asking. The part is what is to change; the
 * words quoted from it are no new words.
 */

const PART_WORD = /\b(?:outcomes?|goals?|targets?|hopes?|dreams?|needs?|help|one|bit|part|sentence|line)\b/;
const SAYS_FIX =
  /^(.+?)\s+(?:says|say|reads|has|got)\s+.+?[\s,.;:!-]+(?:(?:so|and|but)\s+)?(?:(?:can|could|will)\s+(?:you|u)\s+|(?:please|pls|plz)\s+)?(?:fix|change|sort|mend|correct|edit)(?:\s+(?:it|that|this|that\s+bit))?(?:\s+(?:out|please|pls|plz))*\s*\??$/i;

/** The part named before "says ... can you fix it", or undefined. */
export function partSaidToFix(plain: string): string | undefined {
  const m = SAYS_FIX.exec(plain.trim());
  const part = m?.[1]?.trim();
  return part && PART_WORD.test(part) && !/^(?:it|that|this|she|he|they|i)\b/i.test(part) ? part : undefined;
}
