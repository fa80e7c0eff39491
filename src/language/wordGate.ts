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
 *
 * A pattern often needs several words ("\b(?:want|wants)\s+me\s+dead\b"), and its rarest may still
 * be common: it is looked up by the rarest, and opens only when the message has the others too.
 */

import { forgottenWithReadings, keepsEveryWord } from './recentReadings';
import { needsOfEach } from './wordGateNeeds';
import { BUCKET, buildIndex, type Index, type Way } from './wordGateIndex';

/** The words of a text as `\b` sees them (runs of [A-Za-z0-9_]). */
const NON_WORD = /[^A-Za-z0-9_]+/;

/**
 * One word met, with what it does for each gate (by the gate's number), read the first time that
 * gate meets it. The six gates read the same message, or one of its forms, one after another: the
 * message is cut into words and each word looked up once, and every gate reads its own part.
 */
interface WordEntry {
  readonly word: string;
  readonly byGate: Array<TokenReading | undefined>;
}
/** Words whose readings are kept: more than the different words of a day's chats. */
const WORDS_KEPT = 20_000;
const WORDS = new Map<string, WordEntry>();
/**
 * The last few texts cut into words, and their words' entries: one message is read by the gates in
 * a few forms (folded, normalised, with harmless phrases set aside), one after another and back.
 */
const TEXTS_KEPT = 4;
let lastTexts: string[] = [];
let lastEntries: Array<readonly WordEntry[]> = [];
function entriesOf(text: string): readonly WordEntry[] {
  for (let i = 0; i < lastTexts.length; i++) if (lastTexts[i] === text) return lastEntries[i]!;
  const entries: WordEntry[] = [];
  for (const word of text.split(NON_WORD)) {
    if (word === '') continue;
    let entry = WORDS.get(word);
    if (entry === undefined) {
      if (WORDS.size >= WORDS_KEPT) WORDS.clear();
      entry = { word, byGate: [] };
      WORDS.set(word, entry);
    }
    entries.push(entry);
  }
  if (lastTexts.length >= TEXTS_KEPT) {
    lastTexts.shift();
    lastEntries.shift();
  }
  lastTexts.push(text);
  lastEntries.push(entries);
  return entries;
}

/** The last text and the words read are typed words too: none outlives "delete my data". */
forgottenWithReadings({
  forget() {
    lastTexts = [];
    lastEntries = [];
    WORDS.clear();
  },
  holds: (text) => text !== '' && (lastTexts.includes(text) || keepsEveryWord(WORDS, text)),
});

/** Every gate made, so that start-up can read their patterns before the first message needs them. */
const GATES: WordGate[] = [];

/**
 * Reading what the patterns need takes a while (most of a second for the concern rules on a busy
 * machine): the language warm-up runs these steps, a few patterns each, between requests, so no
 * request waits for one long reading.
 */
export function gateReadingSteps(patternsAStep = 12): Array<() => void> {
  return GATES.flatMap((gate) =>
    Array.from({ length: Math.ceil(gate.patterns.length / patternsAStep) }, (_, i) => () => {
      for (const re of gate.patterns.slice(i * patternsAStep, (i + 1) * patternsAStep)) needsOfEach(re);
    }),
  );
}

/**
 * One index over many patterns: `open(text)` says, for each pattern in order, whether it could
 * match the text (1) or surely cannot (0).
 */
export class WordGate {
  private index: Index | undefined;
  /** This gate's place in each word's readings (WordEntry.byGate). */
  private readonly number: number;

  /** The patterns are read when the gate is first used (or by the language warm-up), not at start-up. */
  constructor(readonly patterns: readonly RegExp[]) {
    this.number = GATES.push(this) - 1;
  }

  private get built(): Index {
    return (this.index ??= buildIndex(this.patterns));
  }

  /** How many patterns are always run (their first word cannot be told): for tests. */
  get ungated(): number {
    return this.built.always.length;
  }

  /** Which patterns match the text: 1 for a match; only the open ones are tried. */
  matches(text: string): Uint8Array {
    const open = this.open(text);
    const hits = new Uint8Array(open.length);
    for (let i = 0; i < open.length; i++) {
      if (!open[i]) continue;
      const re = this.patterns[i]!;
      re.lastIndex = 0;
      hits[i] = re.test(text) ? 1 : 0;
      re.lastIndex = 0;
    }
    return hits;
  }

  /**
   * For each pattern, 1 when it could match the text. What is given is read, never written: when
   * no word opens anything, every caller is given the same array (only the patterns always run).
   */
  open(text: string): Readonly<Uint8Array> {
    const index = this.built;
    // The words' readings go in one array kept between calls (no gate reads while another does).
    const read = READ;
    const words = entriesOf(text);
    const gate = this.number;
    let opening = false;
    let checking = false;
    for (let t = 0; t < words.length; t++) {
      const entry = words[t]!;
      const reading = entry.byGate[gate] ?? (entry.byGate[gate] = readWord(index, entry.word));
      read[t] = reading;
      opening ||= reading.opens.length > 0;
      checking ||= reading.checks;
    }
    if (!opening) return (this.onlyAlways ??= this.alwaysOpen(index));
    const open = this.alwaysOpen(index);
    if (!checking) {
      // No way opened needs more than its rarest word: each opens its pattern, and no need is marked.
      for (let t = 0; t < words.length; t++) {
        const opens = read[t]!.opens;
        for (let w = 0; w < opens.length; w++) open[opens[w]!.pattern] = 1;
      }
      return open;
    }
    // Every need the message's words meet is marked with this message's number; then the ways
    // each word's rarest need opens are checked for their further needs.
    const turn = this.nextTurn();
    const metIn = this.metIn;
    for (let t = 0; t < words.length; t++) {
      const meets = read[t]!.meets;
      for (let i = 0; i < meets.length; i++) metIn[meets[i]!] = turn;
    }
    for (let t = 0; t < words.length; t++) {
      const opens = read[t]!.opens;
      for (let w = 0; w < opens.length; w++) {
        const { pattern, further } = opens[w]!;
        if (open[pattern]) continue;
        let all = true;
        for (let i = 0; i < further.length && all; i++) all = metIn[further[i]!] === turn;
        if (all) open[pattern] = 1;
      }
    }
    return open;
  }

  /** The patterns always run, and no other. */
  private onlyAlways: Readonly<Uint8Array> | undefined;

  private alwaysOpen(index: Index): Uint8Array {
    const open = new Uint8Array(this.patterns.length);
    for (const i of index.always) open[i] = 1;
    return open;
  }

  /** The number of the message each need was last met in: marks kept from message to message, never cleared. */
  private metIn = new Uint32Array(0);
  private turns = 0;

  private nextTurn(): number {
    if (this.metIn.length !== this.built.needs || this.turns === 0xffffffff) {
      this.metIn = new Uint32Array(this.built.needs);
      this.turns = 0;
    }
    return ++this.turns;
  }
}

/** What one word does for a gate: the ways whose rarest need it meets, and every need it meets. */
function readWord(index: Index, word: string): TokenReading {
  const met = needsMetBy(index, word);
  const opens = met.flatMap((id) => index.waysByRarest[id] ?? []);
  return { meets: met.filter((id) => index.further[id]), opens, checks: opens.some((way) => way.further.length > 0) };
}

/** Scratch space for open(): the readings of one text's words (stale entries past its length are never read). */
const READ: TokenReading[] = [];

interface TokenReading {
  meets: readonly number[];
  opens: readonly Way[];
  /** Whether a way it opens needs further words (only then are the message's needs marked). */
  checks: boolean;
}

const NONE: readonly number[] = [];

/** The needs one word of a message meets: as the word itself, and by the prefixes it starts with. */
function needsMetBy(index: Index, token: string): readonly number[] {
  const ids = new Set<number>(index.byWord.get(token));
  for (const n of index.shortLengths) {
    if (n > token.length) break;
    for (const id of index.shortPrefixes.get(n === token.length ? token : token.slice(0, n)) ?? NONE) ids.add(id);
  }
  if (token.length >= BUCKET) {
    for (const { prefix, ids: met } of index.byBucket.get(token.slice(0, BUCKET)) ?? []) if (token.startsWith(prefix)) for (const id of met) ids.add(id);
  }
  return ids.size === 0 ? NONE : [...ids];
}
