import { normaliseMessage } from './text';

/*
 * "not the sok bit. it makes me feel a big boy", "not the biscuit part, i feel proud": said where a
 * goal is being changed, the words name the part to change by a word in it, and the words after
 * are its new words. Never the goal's own sentence ("I will not the sok bit ...").
 */
const NOT_THE_BIT = /^\s*(?:(?:no+|nah|nope|oh)[\s,.!]+)?not\s+(?:the\s+)?([\p{L}' ]{2,30}?)\s+(?:bit|part|line)\s*(?:[.,!:;]+|\s-+)\s*(\S.*)$/iu;

export interface NotTheBit {
  /** The words naming the part: "sok". */
  named: string;
  /** The part's new words: "it makes me feel a big boy". */
  to: string;
}

export function readNotTheBit(text: string): NotTheBit | null {
  const m = NOT_THE_BIT.exec(text.replace(/[\u2018\u2019]/g, "'"));
  if (!m) return null;
  const to = m[2]!.trim().replace(/[.!]+$/, '');
  return to ? { named: m[1]!.trim(), to } : null;
}

const stems = (text: string): string[] =>
  normaliseMessage(text)
    .split(' ')
    .filter((w) => w.length >= 3)
    .map((w) => w.slice(0, 4));

/** Whether every word named ("sok") is in the part's words, matched by the start of each word. */
export function partHoldsWords(part: string | null | undefined, named: string): boolean {
  if (!part) return false;
  const wanted = stems(named);
  const have = stems(part);
  return wanted.length > 0 && wanted.every((w) => have.some((h) => h.startsWith(w) || w.startsWith(h)));
}
