/**
 * The index a word gate looks a message's words up in (wordGate.ts): every pattern's needs read from
 * its source, numbered once, and found by word or by prefix.
 */
import { needsOfEach, type Needs } from './wordGateNeeds';

/** Prefixes are looked up by their first few letters, then compared. */
export const BUCKET = 3;

/** One way a pattern can match (one of its top-level alternatives): the pattern, and its needs beside the rarest. */
export interface Way {
  pattern: number;
  further: readonly number[];
}

/**
 * Needs (one of some words, or a word with one of some prefixes) by number, looked up by word and
 * prefix; each pattern's ways by their rarest need. Patterns whose needs cannot be told are always open.
 */
export interface Index {
  needs: number;
  waysByRarest: Array<Way[] | undefined>;
  /** Whether each need is one a way checks beside its rarest (only those are marked as met). */
  further: boolean[];
  byWord: Map<string, number[]>;
  /** Prefixes shorter than BUCKET, by themselves; longer ones by their first BUCKET letters. */
  shortPrefixes: Map<string, number[]>;
  shortLengths: number[];
  byBucket: Map<string, Array<{ prefix: string; ids: number[] }>>;
  always: number[];
}

export function buildIndex(patterns: readonly RegExp[]): Index {
  const index: Index = { needs: 0, waysByRarest: [], further: [], byWord: new Map(), shortPrefixes: new Map(), shortLengths: [], byBucket: new Map(), always: [] };
  const lengths = new Set<number>();
  const long = new Map<string, number[]>();
  // Equal needs of different patterns are one need, met or not once a message.
  const numbers = new Map<string, number>();
  const numberOf = (needs: Needs): number => {
    const key = `${[...needs.words].sort().join(' ')}|${[...needs.prefixes].sort().join(' ')}`;
    const known = numbers.get(key);
    if (known !== undefined) return known;
    const id = index.needs++;
    numbers.set(key, id);
    for (const w of needs.words) add(index.byWord, w, id);
    for (const p of needs.prefixes) {
      if (p.length >= BUCKET) add(long, p, id);
      else {
        add(index.shortPrefixes, p, id);
        lengths.add(p.length);
      }
    }
    return id;
  };
  patterns.forEach((re, pattern) => {
    const alternatives = needsOfEach(re);
    if (alternatives.some(([rarest]) => rarest!.unknown)) return void index.always.push(pattern);
    for (const [rarest, ...further] of alternatives) {
      const id = numberOf(rarest!);
      const others = further.map(numberOf);
      for (const other of others) index.further[other] = true;
      (index.waysByRarest[id] ??= []).push({ pattern, further: others });
    }
  });
  index.shortLengths = [...lengths].sort((a, b) => a - b);
  for (const [prefix, ids] of long) {
    const key = prefix.slice(0, BUCKET);
    const bucket = index.byBucket.get(key);
    if (bucket) bucket.push({ prefix, ids });
    else index.byBucket.set(key, [{ prefix, ids }]);
  }
  return index;
}

function add(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (ids[ids.length - 1] !== id) ids.push(id);
}
