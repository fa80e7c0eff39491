import { foldCase } from './text';

/*
 * "yes but use my words", "yes. and put normal words back on": a yes to a read-back, with a request
 * about the words, is still a yes. The request is honoured where it can be; it is never the wording.
 */

export type WordingRequest = 'ownWords' | 'standard' | 'easyRead';

const LEAD = /^[\s.,!;:-]*(?:(?:and|but|just|please|pls|can you|could you|can u|could u|also|though|tho)[\s,]+)*/;
const OWN = /\b(?:(?:use|keep|put|leave|have|say it in|in|with|back to|want|like) (?:it (?:in |with )?)?(?:my|me|our) (?:own )?(?:words?|wording|way|spelling)|(?:how|the way|like) (?:i|we) (?:said|say|wrote|write|typed|type|put) it|(?:don'?t|do not|no need to) (?:change|fix|correct|tidy) (?:my|the|it|them|my own)?\s*(?:words?|spelling)?|leave (?:it|them) (?:as it is|as they are|as i (?:said|wrote) it|alone))\b/;
const STANDARD = /\b(?:normal|standard|regular|proper|usual|longer|grown ?up) (?:words?|english|mode|version|wording|language|writing)\b|\b(?:no more|stop|turn off|switch off|not) easy ?read\b/;
const EASY = /\beasy ?read\b|\b(?:easier|simpler|plainer|simple|easy) (?:words?|english|mode|version|wording|language)\b|\bmake it (?:easier|simpler)\b/;

/** The request about words in what follows a yes, or undefined when the rest is not about wording. */
export function wordingRequestIn(rest: string): WordingRequest | undefined {
  const plain = foldCase(rest).replace(/[\u2018\u2019]/g, "'").replace(LEAD, '').replace(/[.!?\s]+$/, '').trim();
  if (!plain || plain.split(/\s+/).length > 12) return undefined;
  if (OWN.test(plain)) return 'ownWords';
  if (STANDARD.test(plain)) return 'standard';
  if (EASY.test(plain)) return 'easyRead';
  return undefined;
}
