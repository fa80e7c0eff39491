/**
 * Readability metrics for the content checker: Flesch Reading Ease and Flesch-Kincaid grade, from
 * word, sentence and syllable counts. Syllables are counted by rule (vowel groups with the usual
 * English corrections), which is within one syllable for nearly all everyday words.
 */

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** 206.835 - 1.015 (words / sentences) - 84.6 (syllables / words); higher is easier, 60-70 is plain English. */
  fleschReadingEase: number;
  /** Flesch-Kincaid grade: 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59. */
  grade: number;
  longestSentenceWords: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Words whose syllables the rules miscount. */
const EXCEPTIONS: Readonly<Record<string, number>> = {
  the: 1, every: 2, everyone: 3, everything: 3, different: 3, family: 3, people: 2, business: 2,
  area: 3, idea: 3, really: 2, being: 2, going: 2, doing: 2, create: 2, science: 2, quiet: 2,
  poem: 2, lion: 2, video: 3, radio: 3, piano: 3, anyone: 3, someone: 2, something: 2, sometimes: 2,
  somewhere: 2, favourite: 3, favorite: 3, interested: 4, interesting: 4, usually: 4, actually: 4,
  naturally: 4, evening: 2, chocolate: 2, vegetable: 3, vegetables: 3, colleague: 2, college: 2,
  school: 1, schools: 1, mum: 1, ok: 2, okay: 2, tv: 2, ehc: 3, senco: 2, i: 1, a: 1,
};

/** Syllables in one word, at least 1. */
export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/['’]/g, '');
  if (!w) return 0;
  if (/^\d+$/.test(w)) return Math.max(1, w.length);
  const known = EXCEPTIONS[w];
  if (known !== undefined) return known;
  if (w.length <= 3) return 1;
  if (w.includes('-')) return w.split('-').reduce((sum, part) => sum + countSyllables(part), 0);
  w = w
    // silent final e, es, ed ("made", "likes", "jumped"); "-le" keeps its e ("table", "little")
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1))
    .replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g);
  let count = groups ? groups.length : 1;
  if (/(?:ia|io|eo|ua|uo|iu)/.test(w) && !/(?:tion|sion|cial|tial|cious|tious|geous|quo|qua|qui)/.test(w)) count += 1; // "radio", "idea"
  return Math.max(1, count);
}

/** Sentences: runs ending with . ! ? or a line break; a text without an end mark is one sentence. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  let words = 0;
  let syllables = 0;
  let longest = 0;
  for (const sentence of sentences) {
    const found = sentence.match(WORD) ?? [];
    words += found.length;
    longest = Math.max(longest, found.length);
    for (const w of found) syllables += countSyllables(w);
  }
  const s = Math.max(1, sentences.length);
  const wordsPerSentence = words === 0 ? 0 : words / s;
  const syllablesPerWord = words === 0 ? 0 : syllables / words;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    words,
    sentences: sentences.length,
    syllables,
    fleschReadingEase: words === 0 ? 0 : round(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
    grade: words === 0 ? 0 : round(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
    longestSentenceWords: longest,
  };
}
