import { foldCase } from './text';
import { isCloseTo } from './fuzzy';
import { hopeItself } from './hopeItself';
import { sameHope } from './thread';

/*
 * "be a DJ" typed as the step for the hope "be a DJ", or "lern to swimm" for "learn to swim": the
 * hope said again, not a step towards it. Asking "how does this help with your hope?" about the hope
 * itself makes no sense, so the bot asks for a step on the way instead. Typos and short words ("DJ",
 * "TV") are why the usual shared-words test is not enough here.
 */

/** Words that start a wish or a promise but say nothing about what is hoped for. */
const LEAD =
  /^(?:(?:and|so|well|ok|okay|yeah|yes|um+|erm+|just|really)\s+)*(?:(?:i|he|she|they|we)\s+)?(?:(?:will|would|wanna|want\s+to|want|'d\s+like\s+to|would\s+like\s+to|hope\s+to|wish\s+to|could|can|am\s+going\s+to|'m\s+going\s+to|gonna)\s+)*(?:(?:be\s+able\s+to|le?a?rn\s+(?:how\s+)?to)\s+)?/;
/** Little words that change nothing in the hope: "be a DJ" and "be DJ" are one hope. */
const LITTLE = new Set(['a', 'an', 'the', 'my', 'own', 'more', 'really', 'just', 'properly', 'actually', 'to']);

function wordsOf(text: string): string[] {
  const plain = foldCase(hopeItself(text))
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^i'?m\b/, 'i am')
    .replace(/^id\b/, "i'd");
  return plain
    .replace(LEAD, '')
    .split(' ')
    .filter((w) => w && !LITTLE.has(w));
}

/** Whether a step says the hope again, word for word or nearly; its time ("by next summer") is no part of that. */
export function stepIsTheHope(step: string, hope: string, timePhrase?: string): boolean {
  const phrase = timePhrase?.trim();
  const at = phrase ? foldCase(step).lastIndexOf(foldCase(phrase)) : -1;
  const mine = wordsOf(at >= 0 ? `${step.slice(0, at)} ${step.slice(at + (phrase ?? '').length)}` : step);
  const theirs = wordsOf(hope);
  if (mine.length === 0 || theirs.length === 0) return false;
  if (mine.length === theirs.length && mine.every((w, i) => isCloseTo(w, theirs[i]!))) return true;
  // "learn to swim" and "swim": the same hope with or without its learning words, and a reworded one of the same words.
  return mine.length === theirs.length && sameHope(mine.join(' '), theirs.join(' '));
}
