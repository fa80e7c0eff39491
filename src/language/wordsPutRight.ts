import type { WordSwap } from './wordsToSwap';

/*
 * "crystal palace not palace", "sunday not saturday", "dan not dad" typed at a read-back: the
 * right words, then the words read back wrongly. Only short phrases on both sides count, and the
 * caller changes the words only when the wrong ones are in the sentence, so a new wording ("I will
 * go to matches not stay in") is never cut up.
 */

const LEAD = /^(?:(?:no+|nah|nope|sorry|soz|oops|its|it's|it’s|it\s+is|i\s+mean[t]?|should\s+be|um+|erm)[\s,.!:-]+)*/i;
const X_NOT_Y = /^["'“‘]?([\p{L}\p{N}'’ -]+?)["'”’]?[\s,]+(?:not|instead\s+of|rather\s+than)\s+["'“‘]?([\p{L}\p{N}'’ -]+?)["'”’]?[\s.!]*$/iu;
/** Words that say how it is or how sure, never words of the sentence: "good not perfect", "yes not really". */
const NOT_WORDS = /^(?:yes|yeah|no|ok|okay|good|fine|great|perfect|bad|right|wrong|really|sure|yet|now|quite|exactly|much|at\s+all|me|i|it|that|this|them|him|her|you|sorry)$/i;
const MOST_WORDS = 3;

/** The words to put right; undefined when the message is not "X not Y". */
export function wordsPutRight(text: string): WordSwap | undefined {
  const plain = text.trim().replace(/\s+/g, ' ').replace(LEAD, '');
  if (plain.length > 60) return undefined;
  const m = X_NOT_Y.exec(plain);
  if (!m) return undefined;
  const to = m[1]!.trim();
  const from = m[2]!.trim();
  const count = (s: string) => s.split(' ').length;
  if (!to || !from || count(to) > MOST_WORDS || count(from) > MOST_WORDS) return undefined;
  if (NOT_WORDS.test(to) || NOT_WORDS.test(from) || to.toLowerCase() === from.toLowerCase()) return undefined;
  return { from, to };
}
