import { partSaidLeftOut } from './partLeftOut';

/*
 * "that's wrong. You cut my words. I said one day. Not now.": a complaint that a hope was kept
 * with some of its words cut off. It is never a new answer. The words they say they said ("one
 * day") show which hope was cut, so its whole words can be brought back from what was typed.
 */

const plain = (text: string): string => text.toLowerCase().replace(/[\u2018\u2019`]/g, "'").replace(/\s+/g, ' ').trim();

/** "you cut my words", "u cut it short", "you left out some of my words", "my words are cut"; never "you missed the bus one". */
const CUT =
  /\b(?:(?:you|u|ya|it|the\s+bot)\s+(?:have\s+|'ve\s+|ve\s+|just\s+|did\s+)?(?:cut|chopped|shortened|cut\s+(?:off|out|short)|left\s+out|missed\s+out|missed|dropped|lost|took\s+out|forgot)\s+(?:off\s+|out\s+)?(?:some\s+of\s+|part\s+of\s+|the\s+end\s+of\s+|half\s+of\s+)?(?:(?:my|the|his|her|their|some|that)\s+)?(?:words?|sentence|end)|(?:you|u)\s+(?:cut|chopped)\s+(?:it|that|my\s+hope)\s+(?:short|off)|(?:my|the|his|her|their)\s+words\s+(?:are|were|got|have\s+been|was)\s+(?:cut|chopped|shortened|missing|lost))\b/;

/** "I said one day", "I wrote 'one day'": the words they say were there. */
const SAID = /^(?:but\s+|and\s+|no\s+)?(?:i|we|he|she)\s+(?:said|wrote|typed|put|told\s+(?:you|u))\s+["']?(.+?)["']?[\s.!]*$/;
/** "I said two", "I said no", "I said that": a count or a pointer, never the words of a hope. */
const NOT_WORDS = /^(?:two|2|three|3|four|4|one|1|yes|no|that|this|it|so|before|already)$|^(?:it|that|this|them|my\s+words|words)\b/;

export interface WordsCut {
  /** The words they say were in the hope ("one day"); '' when they name none. */
  said: string;
}

/** The complaint that a hope's words were cut, with the words said to be missing; null when the message is no such complaint. */
export function readWordsCut(text: string): WordsCut | null {
  const sentences = text.split(/(?<=[.!?])\s+/).map(plain).filter(Boolean);
  if (sentences.length === 0 || text.length > 300 || !sentences.some((s) => CUT.test(s))) return null;
  for (const sentence of sentences) {
    const said = SAID.exec(sentence)?.[1]?.trim() ?? (CUT.test(sentence) ? partSaidLeftOut(sentence) : null);
    if (said && !NOT_WORDS.test(said) && said.split(/\s+/).length <= 8) return { said };
  }
  return { said: '' };
}
