/**
 * Damerau-Levenshtein distance, natural's unrestricted variant ("hlep" is one edit from "help"),
 * computed as natural computes it, step for step, so every distance is the one natural gives (a
 * test compares them). natural builds an object for every cell and every candidate step, which
 * made matching a reply against a question's buttons a large part of a turn; this keeps one row
 * of numbers per letter in a reused array.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length;
  const columns = b.length;
  const width = columns + 1;
  const cost = matrixFor((rows + 1) * width);
  for (let row = 0; row <= rows; row++) cost[row * width] = row;
  for (let column = 1; column <= columns; column++) cost[column] = column;
  // Where each letter of `a` was last seen (natural updates this inside the row, and so does this).
  lastRowAscii.fill(0);
  const lastRowOther = new Map<string, number>();
  for (let row = 1; row <= rows; row++) {
    const source = a[row - 1]!;
    let lastColumnMatch = 0;
    for (let column = 1; column <= columns; column++) {
      const target = b[column - 1]!;
      const at = row * width + column;
      let best = Math.min(cost[at - 1]! + 1, cost[at - width]! + 1, cost[at - width - 1]! + (source === target ? 0 : 1));
      const matchRow = row > 1 && column > 1 && lastColumnMatch > 0 ? lastRowOf(target, lastRowOther) : 0;
      if (matchRow > 0) {
        const transposed = cost[(matchRow - 1) * width + lastColumnMatch - 1]! + (row - matchRow - 1) + (column - lastColumnMatch - 1) + 1;
        if (transposed < best) best = transposed;
      }
      cost[at] = best;
      const code = source.charCodeAt(0);
      if (code < 128) lastRowAscii[code] = row;
      else lastRowOther.set(source, row);
      if (source === target) lastColumnMatch = column;
    }
  }
  return cost[rows * width + columns]!;
}

let matrix = new Int32Array(1024);
const lastRowAscii = new Int32Array(128);

/** The row a letter was last seen in; 0 for never (rows count from 1). */
function lastRowOf(letter: string, other: Map<string, number>): number {
  const code = letter.charCodeAt(0);
  return code < 128 ? lastRowAscii[code]! : (other.get(letter) ?? 0);
}

/** The distance matrix, reused between calls (grown when a longer pair comes). */
function matrixFor(cells: number): Int32Array {
  if (matrix.length < cells) matrix = new Int32Array(Math.max(cells, matrix.length * 2));
  return matrix;
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
