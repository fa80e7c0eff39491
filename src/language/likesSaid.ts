import { soundsLikeAStrength } from './aboutMeMisplaced';
import { namesHomeAdultBesideHarm } from './homeAdultBesideHarm';
import { normaliseMessage } from './text';

/*
 * "i like drawing and my cat biscuit. im good at lego": what someone likes or is good at, typed
 * before it was asked (at the code question). It belongs with "about me", so it is kept there,
 * never dropped. Each sentence is read on its own: one that starts with a like or a strength is enough.
 */

/** "i like", "i really love", "i enjoy", "my favourite thing is", "im into". */
const LIKES = /^(?:(?:um+|erm|well|so|oh|ok)\s+)*(?:i\s+(?:really\s+|also\s+)?(?:like|love|enjoy|adore)|(?:my|me)\s+(?:favourite|favorite|fave)|i\s*m\s+(?:really\s+)?into)\b/;

export function saysWhatTheyLike(text: string): boolean {
  // "i like my room because i can lock it so my stepdad cant get in" is never kept as a like: it is left to the concern path.
  if (text.length > 300 || namesHomeAdultBesideHarm(text)) return false;
  const sentences = text.split(/[.!;\n]+/).map((s) => s.trim()).filter(Boolean);
  return sentences.some((s) => LIKES.test(normaliseMessage(s)) || soundsLikeAStrength(s));
}
