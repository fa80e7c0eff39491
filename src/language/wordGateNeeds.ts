/**
 * What a pattern needs before it can match: the words (or word prefixes) of which one must be in
 * the message, read from the pattern's source (see wordGate.ts, which indexes them). The reading is
 * conservative: whatever it cannot tell is "unknown", and such a pattern is always run.
 */

type Node =
  | { t: 'char'; word: boolean | 'maybe'; lit?: string; min: number; max: number }
  | { t: 'group'; alts: Node[][]; look: boolean; behind?: boolean; min: number; max: number }
  | { t: 'wb' | 'other' | 'start' | 'end' };

const WORD_CHAR = /\w/;

/** The parts of a pattern the gate reads; anything it does not know becomes "other" (always run). */
function parse(source: string): Node[][] {
  let i = 0;
  const alternatives = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (i < source.length) {
      const c = source[i]!;
      if (c === ')') break;
      if (c === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const node = atom();
      alts[alts.length - 1]!.push(quantified(node));
    }
    return alts;
  };
  const quantified = (node: Node): Node => {
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i, i + 12));
    if (!q) return node;
    i += q[0].length;
    if (node.t !== 'char' && node.t !== 'group') return { t: 'other' };
    const min = q[1] === '+' ? 1 : q[1] ? 0 : Number(q[2]);
    const max = q[1] === '?' ? 1 : q[1] ? Infinity : q[3] ? (q[4] ? Number(q[4]) : Infinity) : Number(q[2]);
    return { ...node, min, max };
  };
  const atom = (): Node => {
    const c = source[i]!;
    if (c === '(') {
      const head = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_]\w*>))?/.exec(source.slice(i, i + 40))!;
      i += head[0].length;
      const look = head[1] !== undefined && /^\?(?:=|!|<=|<!)$/.test(head[1]);
      const alts = alternatives();
      i++; // ')'
      return { t: 'group', alts, look, behind: head[1] === '?<=', min: 1, max: 1 };
    }
    if (c === '[') return charClass();
    i++;
    if (c === '.') return { t: 'char', word: 'maybe', min: 1, max: 1 };
    if (c === '^') return { t: 'start' };
    if (c === '$') return { t: 'end' };
    if (c !== '\\') return { t: 'char', word: WORD_CHAR.test(c), lit: c, min: 1, max: 1 };
    const e = source[i++]!;
    if (e === 'b') return { t: 'wb' };
    if (e === 's' || e === 'W' || e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v') return { t: 'char', word: false, min: 1, max: 1 };
    if (e === 'w' || e === 'd') return { t: 'char', word: true, min: 1, max: 1 };
    if (/[A-Za-z0-9]/.test(e)) return { t: 'other' }; // \B, back-references, \x, \u, \p...: not read
    return { t: 'char', word: false, lit: e, min: 1, max: 1 }; // an escaped punctuation mark
  };
  const charClass = (): Node => {
    const start = i;
    i++;
    if (source[i] === ']') i++;
    while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    i++;
    // Ranges of letters or digits are word characters, like the letters themselves.
    const body = source.slice(start + 1, i - 1).replace(/a-z|A-Z|0-9/g, 'a');
    if (body.startsWith('^')) return { t: 'char', word: 'maybe', min: 1, max: 1 };
    // Only word characters (letters, digits, \w, \d), or only others (\s and punctuation)?
    const items = body.match(/\\.|[^\\]/g) ?? [];
    const wordy = items.every((x) => (x.length === 2 ? /\\[wd]/.test(x) : WORD_CHAR.test(x)));
    const plain = items.every((x) => (x.length === 2 ? /\\[sWnrtfv]|\\[^A-Za-z0-9]/.test(x) : !WORD_CHAR.test(x)));
    return { t: 'char', word: wordy ? true : plain ? false : 'maybe', min: 1, max: 1 };
  };
  const alts = alternatives();
  if (i < source.length) throw new Error(`unbalanced pattern at ${i}`);
  return alts;
}

/** What a pattern needs: one of these words, or a word starting with one of these prefixes; or nothing known. */
export interface Needs {
  words: Set<string>;
  prefixes: Set<string>;
  unknown: boolean;
}

const BRANCH_LIMIT = 20_000;
const UNKNOWN: Needs = { words: new Set(), prefixes: new Set(), unknown: true };

/**
 * The word every match of `seq` makes at position `from` (`started`: a word starts there), walked
 * branch by branch to where the word ends (or may go on: then it is a prefix).
 */
function wordAt(seq: readonly Node[], from: number, started: boolean): Needs {
  const needs: Needs = { words: new Set(), prefixes: new Set(), unknown: false };
  let branches = 0;
  type Frame = { seq: readonly Node[]; at: number };
  const STOP: Frame = { seq: [], at: -1 };
  const unknown = () => {
    needs.unknown = true;
  };
  const ends = (prefix: string) => (prefix ? void needs.words.add(prefix) : unknown());
  const open = (prefix: string) => (prefix ? void needs.prefixes.add(prefix) : unknown());
  const walk = (stack: readonly Frame[], prefix: string, started: boolean): void => {
    if (needs.unknown) return;
    if (++branches > BRANCH_LIMIT) return unknown();
    const frames = [...stack];
    let top = frames[frames.length - 1];
    while (top && top !== STOP && top.at >= top.seq.length) {
      frames.pop();
      top = frames[frames.length - 1];
    }
    if (!top || top === STOP) return open(prefix); // the match may go on inside the word
    const node = top.seq[top.at]!;
    frames[frames.length - 1] = { seq: top.seq, at: top.at + 1 };
    const next = (p: string, s: boolean) => walk(frames, p, s);
    switch (node.t) {
      case 'group': {
        if (node.look) return next(prefix, started); // takes no characters
        if (node.min === 0) next(prefix, started);
        // Repeated groups are followed once, then the word is left open.
        const after = node.max === 1 ? frames : [...frames.slice(0, -1), STOP];
        for (const alt of node.alts) walk([...after, { seq: alt, at: 0 }], prefix, started);
        return;
      }
      case 'wb':
        if (!started) return next(prefix, true);
        return prefix ? ends(prefix) : next(prefix, started);
      case 'start':
        return started ? unknown() : next(prefix, true);
      case 'end':
        return ends(prefix);
      case 'other':
        return started ? open(prefix) : unknown();
      case 'char': {
        if (!started) return unknown();
        if (node.word === true && node.lit !== undefined && node.max <= 3) {
          for (let n = node.min; n <= node.max; n++) next(prefix + node.lit.repeat(n), started);
          return;
        }
        if (node.word === false && node.min >= 1) return ends(prefix);
        return open(prefix);
      }
    }
  };
  walk([{ seq, at: from }], '', started);
  return needs;
}

/**
 * Whether what `seq` matches before position `k` surely ends with a character that is not a word
 * character (or at a word boundary), so that a word starts at `k`; `outer`: the same said of where
 * `seq` itself starts.
 */
function delimitedBefore(seq: readonly Node[], k: number, outer: boolean): boolean {
  if (k === 0) return outer;
  const node = seq[k - 1]!;
  // The start of the text, like a boundary, is where a word starts ("^\s*(?:gutted|...)").
  if (node.t === 'wb' || node.t === 'start') return true;
  if (node.t === 'char') {
    if (node.word !== false) return false;
    // Spaces or marks that may be absent ("\s*") leave what came before them to say.
    return node.min >= 1 || delimitedBefore(seq, k - 1, outer);
  }
  if (node.t !== 'group') return false;
  const before = delimitedBefore(seq, k - 1, outer);
  // What must come just before ("(?<=\bnext\s)yr"): a word starts after it when it ends with a space or mark.
  if (node.look) return before || (node.behind === true && node.alts.every((alt) => delimitedBefore(alt, alt.length, false)));
  return (node.min >= 1 || before) && node.alts.every((alt) => delimitedBefore(alt, alt.length, before));
}

/** Rare words first: short words ("in", "me") and short prefixes are in most messages. */
function cost(needs: Needs): number {
  if (needs.unknown) return Infinity;
  let n = 0;
  for (const w of needs.words) n += w.length <= 2 ? 50 : w.length === 3 ? 8 : 1;
  for (const p of needs.prefixes) n += p.length <= 2 ? 200 : p.length === 3 ? 20 : 3;
  return n;
}

const GOOD_ENOUGH = 6;

function union(all: readonly Needs[]): Needs {
  if (all.some((n) => n.unknown)) return UNKNOWN;
  return { words: new Set(all.flatMap((n) => [...n.words])), prefixes: new Set(all.flatMap((n) => [...n.prefixes])), unknown: false };
}

/**
 * What every match of `seq` needs, choosing the rarest of the words it must contain: its first word,
 * or a later word that surely starts a word (after a space or a boundary), or, inside a group that
 * must match, what each of the group's alternatives needs.
 */
function needsOfSequence(seq: readonly Node[], outer: boolean, depth: number): Needs {
  let best = wordAt(seq, 0, outer);
  let bestCost = cost(best);
  // A few long words are as good as it gets: the search stops there (it only costs start-up time).
  for (let k = 0; k < seq.length && depth < 6 && bestCost > GOOD_ENOUGH; k++) {
    const node = seq[k]!;
    if ((node.t !== 'char' && node.t !== 'group') || node.min < 1 || (node.t === 'group' && node.look)) continue;
    const delimited = delimitedBefore(seq, k, outer);
    const candidates: Needs[] = [];
    if (delimited && k > 0 && (node.t === 'group' || (node.word === true && node.lit !== undefined))) candidates.push(wordAt(seq, k, true));
    if (node.t === 'group') candidates.push(union(node.alts.map((alt) => needsOfSequence(alt, delimited, depth + 1))));
    for (const c of candidates) {
      const n = cost(c);
      if (n < bestCost) [best, bestCost] = [c, n];
    }
  }
  return best;
}

export function needsOf(re: RegExp): Needs {
  if (/[iuvy]/.test(re.flags)) return UNKNOWN;
  return union(parse(re.source).map((alt) => needsOfSequence(alt, false, 0)));
}

const keyOf = (needs: Needs): string => [[...needs.words].sort().join(' '), [...needs.prefixes].sort().join(' ')].join('|');

/**
 * Every need of `seq` that can be told: each word position that surely starts a word, and each
 * group that must match, rarest first. A match has all of them, so the rarest opens the pattern
 * and the rest are checked before it runs.
 */
function everyNeedOfSequence(seq: readonly Node[], outer: boolean): Needs[] {
  const all: Needs[] = [wordAt(seq, 0, outer)];
  for (let k = 0; k < seq.length; k++) {
    const node = seq[k]!;
    if ((node.t !== 'char' && node.t !== 'group') || node.min < 1 || (node.t === 'group' && node.look)) continue;
    const delimited = delimitedBefore(seq, k, outer);
    if (delimited && k > 0 && (node.t === 'group' || (node.word === true && node.lit !== undefined))) all.push(wordAt(seq, k, true));
    if (node.t === 'group') all.push(union(node.alts.map((alt) => needsOfSequence(alt, delimited, 1))));
  }
  const known = new Map<string, Needs>();
  for (const needs of all.filter((n) => !n.unknown).sort((a, b) => cost(a) - cost(b))) if (!known.has(keyOf(needs))) known.set(keyOf(needs), needs);
  return known.size === 0 ? [UNKNOWN] : [...known.values()];
}

/**
 * What a pattern needs, alternative by alternative (its top-level `|`): for each, every need that
 * can be told, rarest first. A pattern can match only where all the needs of one alternative are met.
 */
export function needsOfEach(re: RegExp): Needs[][] {
  let needs = read.get(re);
  if (needs === undefined) {
    needs = /[iuvy]/.test(re.flags) ? [[UNKNOWN]] : parse(re.source).map((alt) => everyNeedOfSequence(alt, false));
    read.set(re, needs);
  }
  return needs;
}

/** Each pattern is read once (start-up reads them in small steps, then the gates are built from what was read). */
const read = new WeakMap<RegExp, Needs[][]>();

