/*
 * School words in a time as people spell them by sound: "when i start colij", "end of yr 13",
 * "in 6 munths", "when i leave skul". Only places and lengths of time are spelled out: a season or
 * a festival typed by sound ("crismas") is left as typed, since a date near it changes the step. A time is looked for in the words spelled out only when none
 * was found as typed; the phrase kept is still the person's own words, so every place in the
 * spelled text is mapped back to the same place in what they typed.
 */

const SPELLINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:colij|colije|collij|collije|colidge|collidge|colledge|colege|collage|collej|colej|coledge|collige|colige)\b/gi, 'college'],
  [/\b(?:skool|skul|skewl|scool|shool|schol|scholl)\b/gi, 'school'],
  [/\b(?:secondry|secondery|secandary|seconday)\b/gi, 'secondary'],
  [/\b(?:primry|primery|primmary)\b/gi, 'primary'],
  [/\b(?:sixth|6th)\s+from\b/gi, 'sixth form'],
  [/\b(?:univercity|universty|unversity)\b/gi, 'university'],
  // "yr 13", "end of yr": a year where "your" cannot be meant.
  [/\byr(?=\s*\d)|(?<=\b(?:of|this|next|last|the|a|new|school)\s)yr\b/gi, 'year'],
  [/\b(?:yrs|yeers|yers)\b/gi, 'years'],
  [/\byeer\b/gi, 'year'],
  [/\b(?:munth|mnth|monf)\b/gi, 'month'],
  [/\b(?:munths|mnths|monfs|mths)\b/gi, 'months'],
  [/\b(?:wks)\b/gi, 'weeks'],
];

/**
 * One test that matches exactly when one of the spellings does (their alternation): most
 * statements hold none, and one test costs far less than a search for each.
 */
const ANY_SPELLING = new RegExp(SPELLINGS.map(([re]) => `(?:${re.source})`).join('|'), 'i');

/** The text with time words spelled out, and where each place in it was in the text as typed. */
export interface Respelled {
  text: string;
  /** The place in the typed text of a place in the spelled text (a word's start or end maps to that word's). */
  original(index: number): number;
}

interface Swap {
  from: number; // start in the typed text
  to: number; // end in the typed text
  at: number; // start in the spelled text
  length: number; // length in the spelled text
}

/** Time words spelled out, or null when nothing in the text needed it. */
export function respellTimeWords(text: string): Respelled | null {
  if (!ANY_SPELLING.test(text)) return null;
  const swaps: { from: number; to: number; word: string }[] = [];
  for (const [re, word] of SPELLINGS) {
    for (const m of text.matchAll(re)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (swaps.some((s) => from < s.to && to > s.from)) continue;
      swaps.push({ from, to, word });
    }
  }
  if (swaps.length === 0) return null;
  swaps.sort((a, b) => a.from - b.from);
  let out = '';
  let last = 0;
  const placed: Swap[] = [];
  for (const s of swaps) {
    out += text.slice(last, s.from);
    placed.push({ from: s.from, to: s.to, at: out.length, length: s.word.length });
    out += s.word;
    last = s.to;
  }
  out += text.slice(last);
  return {
    text: out,
    original(index: number): number {
      let shift = 0;
      for (const s of placed) {
        if (index < s.at) break;
        // Inside a spelled word: its start stays its start; anywhere else in it is its end.
        if (index < s.at + s.length) return index === s.at ? s.from : s.to;
        if (index === s.at + s.length) return s.to;
        shift = s.to - (s.at + s.length);
      }
      return index + shift;
    },
  };
}
