/*
 * "did you keep the help bit, the OT and timer?", "what about the OT and the timer tho": things named
 * in a question about what was kept. Each is looked for in the words kept (the help, the measure...),
 * so the answer can say yes for each one that is there, and which ones are not, never "not kept yet"
 * for help that was kept.
 */

/** Words of the question itself, never a thing named: "did you keep", "what about", "the help bit", "tho". */
const NOT_A_THING = new Set([
  'did', 'do', 'does', 'have', 'has', 'you', 'u', 'ya', 'yu', 'keep', 'kept', 'put', 'save', 'saved', 'get', 'got', 'write', 'wrote', 'add', 'added',
  'what', 'wat', 'wot', 'about', 'abt', 'bout', 'where', 'wheres', 'is', 'are', 'was', 'were', 'it', 'its', 'that', 'this', 'them', 'they', 'there', 'in', 'on', 'of', 'for', 'to', 'too', 'as', 'well',
  'the', 'a', 'an', 'my', 'me', 'i', 'and', 'or', 'plus', 'also', 'still', 'both', 'all', 'any', 'bit', 'bits', 'part', 'parts', 'one', 'ones', 'thing', 'things', 'stuff',
  'help', 'helps', 'support', 'tho', 'though', 'then', 'now', 'yet', 'please', 'pls', 'ok', 'okay', 'so', 'but', 'and', 'wait', 'oh', 'yeah', 'yes', 'no', 'lol', 'bot', 'answer', 'answers',
  'with', 'bout', 'like', 'just', 'really', 'sure', 'same',
]);

export interface NamedInKept {
  /** Things named that the kept words hold, as they were named ("OT", "timer"). */
  found: string[];
  /** Things named that nothing kept holds. */
  missing: string[];
}

/** The words of a question that may name a thing: not the question's own words, nor `alsoNot`. */
export function thingWordsIn(text: string, alsoNot: ReadonlySet<string> = new Set()): string[] {
  return wordsOf(text).filter((w) => !NOT_A_THING.has(w) && !alsoNot.has(w));
}

const wordsOf = (text: string): string[] => text.toLowerCase().replace(/['’]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A word kept, by its own form or a plural of it ("timer" in "timers", "timers" for "timer"). */
function holds(keptWords: ReadonlySet<string>, word: string): boolean {
  if (keptWords.has(word)) return true;
  const single = word.replace(/(?:es|s)$/, '');
  return single.length >= 2 && (keptWords.has(single) || keptWords.has(`${single}s`) || keptWords.has(`${word}s`));
}

/**
 * The things a question names, each found or not in the words kept; undefined when it names none
 * ("did you keep the help bit?" names only the part, answered by saying what the part holds).
 */
export function namedInKept(question: string, kept: readonly string[]): NamedInKept | undefined {
  const keptWords = new Set(kept.flatMap(wordsOf));
  const pieces = question.split(/\s*(?:,|;|&|\+|\band\b|\bor\b|\bplus\b|\bn\b)\s*/i);
  const found: string[] = [];
  const missing: string[] = [];
  for (const piece of pieces) {
    const words = wordsOf(piece).filter((w) => !NOT_A_THING.has(w));
    if (words.length === 0 || words.length > 4) continue;
    const named = piece.trim().split(/\s+/).filter((w) => !NOT_A_THING.has(wordsOf(w)[0] ?? '')).join(' ').replace(/[?!.,\s]+$/, '');
    (words.every((w) => holds(keptWords, w)) ? found : missing).push(named);
  }
  return found.length + missing.length > 0 ? { found, missing } : undefined;
}
