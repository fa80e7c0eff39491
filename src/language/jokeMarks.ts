/*
 * Some young people joke first: "play for arsenal. jk. do music tech at college". What they mark
 * as a joke is never an answer; what they say after it is.
 */

const LAUGH = String.raw`(?:lol|lmao|haha\w*)`;
/** Marks that are about the words before even at the end of a sentence: "play for arsenal lol jk". */
// "he is always joking" says what someone is like, so bare "joking"/"kidding" needs "lol" first.
const TRAILING_MARK = String.raw`(?:${LAUGH}\s+)?(?:jk|j\s*k|just\s+kidding|jus\s+kidding|only\s+joking|just\s+joking|i'?m\s+(?:only\s+|just\s+)?(?:joking|kidding))(?:\s+${LAUGH})?|${LAUGH}\s+(?:joking|kidding)(?:\s+${LAUGH})?`;
/** "jk", "only joking", "not really", "joking!": a whole sentence that marks the one before. */
// "school, not really" is an answer, so "not really" marks a joke only as a sentence of its own.
const JOKE_MARK = String.raw`${TRAILING_MARK}|(?:${LAUGH}\s+)?(?:joking|kidding|not\s+really|nah\s+not\s+really)(?:\s+${LAUGH})?`;
const ENDS_IN_JOKE = new RegExp(String.raw`(?:^|[\s,]+)(?:${TRAILING_MARK})\W*$`, 'i');
const ONLY_JOKE = new RegExp(String.raw`^\W*(?:${JOKE_MARK})\W*$`, 'i');

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
