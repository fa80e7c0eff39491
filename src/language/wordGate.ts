/**
 * A cheap test before a costly one. Most of our patterns start at a word boundary with one of a
 * list of words ("\b(?:hit|hits|kicked)\s+me"), and most messages contain none of them: looking
 * the message's words up in one index says which patterns could match at all, and only those run.
 *
 * The words a pattern needs are read from its source, never written by hand, so a pattern and its
 * gate cannot drift apart. The reading is conservative: a pattern whose first word cannot be told
 * (it starts with a character class, a wildcard, or no word boundary) is always run. A pattern is
 * skipped only when every match it could make starts a word the message does not have (or, after
 * "\w*", does not start with), so skipping never changes a result.
 */

import { needsOf } from './wordGateNeeds';

/** The words of a text as `\b` sees them (runs of [A-Za-z0-9_]). */
const NON_WORD = /[^A-Za-z0-9_]+/;
/** The last text split, and its words: several gates read the same text one after another. */
let lastText = '';
let lastTokens: readonly string[] = [];
function tokensOf(text: string): readonly string[] {
  if (text !== lastText) {
    lastText = text;
    lastTokens = text.split(NON_WORD).filter((t) => t !== '');
  }
  return lastTokens;
}

/** Prefixes are looked up by their first few letters, then compared. */
const BUCKET = 3;

/**
 * One index over many patterns: `open(text)` says, for each pattern in order, whether it could
 * match the text (1) or surely cannot (0).
 */
export class WordGate {
  private index: Index | undefined;
  /** The patterns each word already met opens (see patternsOpenedBy). */
  private readonly byToken = new Map<string, readonly number[]>();

  /** The patterns are read when the gate is first used (by the language warm-up), not at start-up. */
  constructor(readonly patterns: readonly RegExp[]) {}

  private get built(): Index {
    return (this.index ??= buildIndex(this.patterns));
  }

  /** How many patterns are always run (their first word cannot be told): for tests. */
  get ungated(): number {
    return this.built.always.length;
  }

  /** Which patterns match the text: 1 for a match; only the open ones are tried. */
  matches(text: string): Uint8Array {
    const hits = this.open(text);
    for (let i = 0; i < hits.length; i++) {
      if (!hits[i]) continue;
      const re = this.patterns[i]!;
      re.lastIndex = 0;
      hits[i] = re.test(text) ? 1 : 0;
      re.lastIndex = 0;
    }
    return hits;
  }

  open(text: string): Uint8Array {
    const index = this.built;
    const open = new Uint8Array(this.patterns.length);
    for (const id of index.always) open[id] = 1;
    for (const token of tokensOf(text)) {
      let ids = this.byToken.get(token);
      if (ids === undefined) {
        ids = patternsOpenedBy(index, token);
        // Words repeat from message to message; a gate remembers what each opened, up to a limit.
        if (this.byToken.size >= TOKENS_KEPT) this.byToken.clear();
        this.byToken.set(token, ids);
      }
      for (const id of ids) open[id] = 1;
    }
    return open;
  }
}

const NONE: readonly number[] = [];
/** Words whose opened patterns a gate keeps: more than the different words of a day's chats. */
const TOKENS_KEPT = 20_000;

/** The patterns one word of a message opens: the word itself, and the prefixes it starts with. */
function patternsOpenedBy(index: Index, token: string): readonly number[] {
  const ids = new Set<number>(index.byWord.get(token));
  for (const n of index.shortLengths) {
    if (n > token.length) break;
    for (const id of index.shortPrefixes.get(n === token.length ? token : token.slice(0, n)) ?? NONE) ids.add(id);
  }
  if (token.length >= BUCKET) {
    for (const { prefix, ids: opened } of index.byBucket.get(token.slice(0, BUCKET)) ?? []) if (token.startsWith(prefix)) for (const id of opened) ids.add(id);
  }
  return ids.size === 0 ? NONE : [...ids];
}

interface Index {
  byWord: Map<string, number[]>;
  /** Prefixes shorter than BUCKET, by themselves; longer ones by their first BUCKET letters. */
  shortPrefixes: Map<string, number[]>;
  shortLengths: number[];
  byBucket: Map<string, Array<{ prefix: string; ids: number[] }>>;
  always: number[];
}

function buildIndex(patterns: readonly RegExp[]): Index {
  const index: Index = { byWord: new Map(), shortPrefixes: new Map(), shortLengths: [], byBucket: new Map(), always: [] };
  const lengths = new Set<number>();
  const long = new Map<string, number[]>();
  patterns.forEach((re, id) => {
    const needs = needsOf(re);
    if (needs.unknown) return void index.always.push(id);
    for (const w of needs.words) add(index.byWord, w, id);
    for (const p of needs.prefixes) {
      if (p.length >= BUCKET) add(long, p, id);
      else {
        add(index.shortPrefixes, p, id);
        lengths.add(p.length);
      }
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
