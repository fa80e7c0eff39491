/*
 * Some young people joke first: "play for arsenal. jk. do music tech at college". What they mark
 * as a joke is never an answer; what they say after it is.
 */

/** "jk", "lol jk", "only joking", "not really": the words just before were said as a joke. */
const JOKE_MARK = String.raw`(?:lol\s+|lmao\s+|haha\w*\s+)?(?:jk|j\s*k|just\s+kidding|jus\s+kidding|only\s+joking|just\s+joking|joking|kidding|not\s+really|nah\s+not\s+really)(?:\s+(?:lol|lmao|haha\w*))?`;
/** A sentence ending in a joke mark ("play for arsenal lol jk"), or the mark alone after one. */
// "school, not really" is an answer, so "not really" marks a joke only as a sentence of its own.
const ENDS_IN_JOKE = new RegExp(String.raw`(?:^|[\s,]+)(?!not\s+really|nah\s+not)${JOKE_MARK}\W*$`, 'i');
const ONLY_JOKE = new RegExp(String.raw`^\W*${JOKE_MARK}\W*$`, 'i');

/**
 * "play for arsenal. jk. do music tech at college": the part marked as a joke goes with its mark,
 * so only what they mean is kept. When nothing else is said, the message stays as it was.
 */
export function withoutJokes(text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  const joked = new Set<number>();
  sentences.forEach((s, i) => {
    if (ONLY_JOKE.test(s) && i > 0) joked.add(i).add(i - 1);
    else if (ENDS_IN_JOKE.test(s) && !ONLY_JOKE.test(s)) joked.add(i);
  });
  const kept = sentences.filter((_, i) => !joked.has(i));
  return joked.size === 0 || !kept.some((s) => /\p{L}{2,}/u.test(s)) ? text : kept.join(' ');
}
