import { parseNumber } from './text';

/*
 * At a numbered list people often give the number and a few words together: "3, the chef one",
 * "number 2 - swimming", "the chef one (3)". Both are read, so the bot can see when they point at
 * different items and ask, rather than trust one of them.
 */

export interface NumberBesideWords {
  number: number;
  words: string;
}

/** A number word that is clearly a number here: digits, "number two", "the third". */
const NUMBER = String.raw`(?:(?:number|no\.?|#)\s*(?:\d+|[a-z]+)|\d+(?:st|nd|rd|th)?|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+one)?)`;
/** The number first, then the words: "3, the chef one", "number 2 swimming", "the third one - chef". */
const LEADING = new RegExp(String.raw`^(${NUMBER})\s*([,.:;)\-\u2013]+\s*|\s+)(?:(?:it'?s|its|is|the one|that'?s|i\s+mean)\s+)?(.+)$`, 'i');
/** The words first, then the number: "the chef one, number 3", "chef (3)", "the chef one - 3". */
const TRAILING = new RegExp(String.raw`^(.+?)\s*(?:[,;(\-\u2013]+\s*|\s+)(?:(?:which is|is|it'?s|its|that'?s)\s+)?(${NUMBER})\s*\)?$`, 'i');

/** The number and the words said beside it; undefined when the message is not both. */
export function numberBesideWords(text: string): NumberBesideWords | undefined {
  const plain = text.trim().replace(/[\u2018\u2019]/g, "'").replace(/[.!?]+$/, '').replace(/^(?:(?:ok|okay|um+|erm|so|it'?s|its|i\s+mean|i\s+meant|i'?d\s+say)[\s,]+)+/i, '');
  const lead = LEADING.exec(plain);
  // "the first aid one": an ordinal word is a number only when set apart ("the first one, ...").
  if (lead && (/\d|number|no|#/i.test(lead[1] ?? '') || /\S/.test(lead[2] ?? ''))) return read(lead[1] ?? '', lead[3] ?? '');
  const trail = TRAILING.exec(plain);
  return trail ? read(trail[2] ?? '', trail[1] ?? '') : undefined;
}

function read(numberWords: string, words: string): NumberBesideWords | undefined {
  const bare = numberWords.toLowerCase().replace(/^(?:number|no\.?|#)\s*/, '').replace(/^the\s+/, '').replace(/\s+one$/, '');
  const number = parseNumber(bare);
  const rest = words.trim();
  // "3 one", "number 2 please", "the third one": nothing but the number said.
  const naming = rest.replace(/\b(?:the|a|an|one|that|this|please|pls|thanks|then|ok|okay|number|no)\b/gi, ' ');
  if (number === null || !/\p{L}{3,}/u.test(naming)) return undefined;
  return { number, words: rest };
}
