/*
 * "jen comes on the bus with me. and pictures help me": two things that help, said as sentences of
 * their own, are two helps, each kept with the hard things it fits. Within one sentence the help is
 * kept whole ("my mum and my sister help me"), as people said it. "practis sayin no. wiv my key
 * worker" is one help: the second sentence says who it is with.
 */

import { carriesOnHelp } from './helpGoesOn';

/** "she comes with me", "that helps", "it really helps"; "wiv my key worker": who the help before is with. */
const LEANS_BACK = /^(?:she|he|they|it|that|this|those|these|which|so|but|because|cos|with|wiv|wid|wit|alongside)\b/i;
const LEADING_JOIN = /^(?:and|also|plus|&|n)\s+/i;

/** The helps in an answer to "what already helps?", one a sentence; the whole answer when it is one. */
export function helpsApart(text: string): string[] {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim().replace(LEADING_JOIN, '').replace(/[\s.!]+$/, '').trim())
    .filter(Boolean);
  if (sentences.length < 2 || sentences.some((s) => s.split(/\s+/).length < 2 || /\?$/.test(s))) return [text];
  // "my mum. she comes with me": a sentence that leans on the one before tells more of the same help.
  // "a TA but only in maths. and only if she sits near the door": a condition of the help before it, too.
  if (sentences.slice(1).some((s, i) => LEANS_BACK.test(s) || carriesOnHelp(s, sentences[i]!))) return [text];
  return sentences;
}
