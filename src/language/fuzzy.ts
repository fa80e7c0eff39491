import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';

/** Damerau-Levenshtein distance (natural's unrestricted variant: "hlep" is one edit from "help"). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  return DamerauLevenshteinDistance(a, b);
}

/** How many typos a phrase of this length may carry and still be that phrase. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 14) return 2;
  return 3;
}

/** True when `input` is `target` or a plausible misspelling of it. */
export function isCloseTo(input: string, target: string): boolean {
  if (input === target) return true;
  const limit = allowedEdits(Math.min(input.length, target.length));
  if (limit === 0 || Math.abs(input.length - target.length) > limit) return false;
  return editDistance(input, target) <= limit;
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * A word list that also finds words one typo away (a missing, extra, wrong or swapped letter), by
 * indexing every single-letter deletion (the symmetric-delete method): a lookup costs a few map
 * reads, not a distance to every word.
 */
export class TypoLexicon<T> {
  private readonly exact = new Map<string, T>();
  private readonly deleted = new Map<string, string[]>();

  constructor(entries: Iterable<readonly [string, T]>, private readonly minLength = 5) {
    for (const [word, value] of entries) {
      this.exact.set(word, value);
      if (word.length < minLength) continue;
      for (const d of deletions(word)) {
        const list = this.deleted.get(d);
        if (list) {
          if (!list.includes(word)) list.push(word);
        } else this.deleted.set(d, [word]);
      }
    }
  }

  /** The entry for `token`, exactly or one edit away; undefined when there is none. */
  get(token: string): T | undefined {
    const hit = this.exact.get(token);
    if (hit !== undefined || token.length < this.minLength - 1) return hit;
    // A letter missing from the token: the token is one of a word's deletions.
    const candidates = new Set<string>(this.deleted.get(token) ?? []);
    for (const d of deletions(token)) {
      // An extra letter in the token: one of its deletions is the word itself.
      if (d.length >= this.minLength && this.exact.has(d)) candidates.add(d);
      // A wrong or swapped letter: the token and the word share a deletion.
      for (const w of this.deleted.get(d) ?? []) candidates.add(w);
    }
    for (const word of candidates) {
      if (editDistance(token, word) <= 1) return this.exact.get(word);
    }
    return undefined;
  }
}
