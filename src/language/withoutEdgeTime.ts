/**
 * "get a saturday job by summer": the words without a time said at either end, so whether they ask
 * for help is read without it. A time in the middle ("the summer play scheme") names a thing, not
 * when, and stays.
 */
export function withoutEdgeTime(words: string, phrase: string | undefined): string {
  const plain = words.trim().replace(/[.!?]+$/, '');
  const time = phrase?.trim() ?? '';
  if (!time || plain.length <= time.length) return words;
  if (plain.toLowerCase().endsWith(time.toLowerCase())) return plain.slice(0, -time.length).replace(/[\s,]+$/, '');
  if (plain.toLowerCase().startsWith(time.toLowerCase())) return plain.slice(time.length).replace(/^[\s,]+/, '');
  return words;
}
