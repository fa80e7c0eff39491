/**
 * Small text helpers shared by the analysers: case folding that keeps character positions (so a
 * match can be cut from the person's own words), number words, and message normalisation.
 */

import { RecentReadings } from './recentReadings';

const CURLY = /[\u2018\u2019\u201B\u2032]/g;

/** Words made safe to put inside a regular expression, matched as typed. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Normalised words found again in what the person typed: capitals, apostrophes and commas kept. */
export function wordsAsTyped(original: string, words: string): string {
  if (!words) return words;
  const pattern = words.split(/\s+/).map((w) => [...w].map(escapeRegExp).join("['\u2018\u2019]?")).join('[^\\p{L}\\p{N}]+');
  return new RegExp(pattern, 'iu').exec(original)?.[0] ?? words;
}

/**
 * Lower case with the same length and positions as the input, curly apostrophes made straight, so
 * indices found in the result slice the original text.
 */
export function foldCase(text: string): string {
  const straight = text.replace(CURLY, "'");
  const lower = straight.toLowerCase();
  if (lower.length === straight.length) return lower;
  let out = '';
  for (const ch of straight) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const UNITS: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const ORDINAL_UNITS: readonly string[] = [
  'zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth',
  'seventeenth', 'eighteenth', 'nineteenth',
];
const ORDINAL_TENS: Readonly<Record<string, number>> = { twentieth: 20, thirtieth: 30 };

const CARDINALS = new Map<string, number>();
UNITS.forEach((w, i) => CARDINALS.set(w, i));
for (const [w, n] of Object.entries(TENS)) {
  CARDINALS.set(w, n);
  for (let i = 1; i < 10; i++) {
    CARDINALS.set(`${w} ${UNITS[i]}`, n + i);
    CARDINALS.set(`${w}-${UNITS[i]}`, n + i);
  }
}
const ORDINALS = new Map<string, number>();
ORDINAL_UNITS.forEach((w, i) => ORDINALS.set(w, i));
for (const [w, n] of Object.entries(ORDINAL_TENS)) ORDINALS.set(w, n);
for (let i = 1; i < 10; i++) {
  ORDINALS.set(`twenty ${ORDINAL_UNITS[i]}`, 20 + i);
  ORDINALS.set(`twenty-${ORDINAL_UNITS[i]}`, 20 + i);
}

/** Regex source for a cardinal 0 to 59 in digits or words ("16", "sixteen", "twenty-one"). */
export const NUMBER_PATTERN =
  '(?:\\d{1,2}|(?:twenty|thirty|forty|fifty)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';

/** Regex source for an ordinal ("16th", "sixteenth", "twenty-first"). */
export const ORDINAL_PATTERN =
  '(?:\\d{1,2}(?:st|nd|rd|th)|(?:twenty[\\s-])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';

/** A number written in digits, words or as an ordinal; null when it is none of those. */
export function parseNumber(word: string): number | null {
  const w = word.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  const ord = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (ord) return Number(ord[1]);
  return CARDINALS.get(w) ?? ORDINALS.get(w) ?? null;
}

/**
 * A message reduced to lower-case words: punctuation and emoji become spaces, apostrophes are
 * dropped ("don't" -> "dont"), runs of spaces collapse.
 */
export function normaliseMessage(text: string): string {
  return normalisedMessages.read(text, () => normalisedAfresh(text, NOT_WORDS));
}

/** normaliseMessage with each "?" kept where it was typed: for readers that tell a question by its mark ("go swimming?"). */
export function normaliseKeepingQuestionMarks(text: string): string {
  return withQuestionMarks.read(text, () => normalisedAfresh(text, NOT_WORDS_NOR_QUESTION_MARKS));
}

/** Read in many places each turn: the message is normalised once. */
const normalisedMessages = new RecentReadings<string>(32);
const withQuestionMarks = new RecentReadings<string>(16);
const NOT_WORDS = /[^\p{L}\p{N}:]+/gu;
const NOT_WORDS_NOR_QUESTION_MARKS = /[^\p{L}\p{N}:?]+/gu;

function normalisedAfresh(text: string, notWords: RegExp): string {
  return foldCase(text)
    .replace(/'/g, '')
    .replace(notWords, ' ')
    .replace(/(?<!\d):|:(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A full stop that ends no sentence: inside a word or number ("itch.io", "1.5", "9.30") or after a title
 * ("Mr. Okafor"). Cutting there would put a space into the words when the pieces are joined again.
 */
const DOT_IN_WORDS = String.raw`(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])|(?<=\b(?:[Mm]r|[Mm]rs|[Mm]s|[Dd]r|[Mm]x))\.(?=\s+\p{L})`;
const SENTENCE = new RegExp(String.raw`(?:[^.!?\n]|${DOT_IN_WORDS})+[.!?\n]*`, 'gu');
const CLAUSE = new RegExp(String.raw`(?:[^.!?…;\n]|${DOT_IN_WORDS})+[.!?…;\n]*`, 'gu');
const CLAUSE_ACROSS_LINES = new RegExp(String.raw`(?:[^.!?…;]|${DOT_IN_WORDS})+[.!?…;]*`, 'gu');
const SENTENCE_PIECE = new RegExp(String.raw`(?:[^.!?]|${DOT_IN_WORDS})+[.!?]*`, 'gu');
const SENTENCE_WITH_MARKS = new RegExp(String.raw`(?:[^.!?…\n]|${DOT_IN_WORDS})+[.!?…\n]*`, 'gu');

/** A message's sentences as typed, each with its closing marks, leaving out pieces with no letters ("?!", "2."). */
export function sentencesOf(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
}

// The cuts below differ from sentencesOf on purpose; each says for what.

/**
 * Sentences and clauses: "…" and ";" end a piece too, and a piece with a number but no letter
 * ("2.") is kept. For readers that take one piece of a message as an answer of its own
 * (chat pieces, a hope put right beside another answer). `lineBreaks: false`: a line break ends
 * nothing, for readers that take a message typed over lines as one sentence.
 */
export function clausesOf(text: string, options: { lineBreaks?: boolean } = {}): string[] {
  return (text.match(options.lineBreaks === false ? CLAUSE_ACROSS_LINES : CLAUSE) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * Sentences, "…" ending one too, with pieces of marks or emoji alone kept ("😂", "?!"): readers that
 * leave out chatter or side remarks must see them to leave them out. A message of marks only is one piece.
 */
export function sentencesWithMarksOf(text: string): string[] {
  return (text.match(SENTENCE_WITH_MARKS) ?? [text]).map((s) => s.trim()).filter(Boolean);
}

/**
 * The message cut after each ".", "!" or "?", nothing trimmed and a line break no cut, so the
 * pieces from any one on join back ('') into the words as typed.
 */
export function sentencePiecesOf(text: string): string[] {
  return text.match(SENTENCE_PIECE) ?? [];
}

/** Cuts of sentencesCutAtSpacesOf, one for each set of closing marks asked for. */
const CUT_AT_SPACES = new Map<string, RegExp>();

/**
 * The message cut only where a sentence plainly ends: at the spaces after ".", "!" or "?" (and after
 * `alsoEndedBy`, "…" or ";"), or at a line break. Each sentence keeps its closing marks and a mark
 * with no space after it ("itch.io", "what?!why") cuts nothing: for readers that look at how a
 * sentence ends ("go swimming?") or carry new words on past a full stop.
 */
export function sentencesCutAtSpacesOf(text: string, alsoEndedBy: '' | '…' | ';' = ''): string[] {
  let cut = CUT_AT_SPACES.get(alsoEndedBy);
  if (!cut) CUT_AT_SPACES.set(alsoEndedBy, (cut = new RegExp(String.raw`(?<=[.!?${alsoEndedBy}])\s+|\s*\n+\s*`)));
  return text.split(cut).map((s) => s.trim()).filter(Boolean);
}

/**
 * Sentences, ";" ending one too but "…" not, pieces with a letter or number kept: for the safeguarding
 * readers that tie a person to a deed within one piece. A thought that trails off and goes on ("my step
 * dad… hurts my hand") stays whole, so a disclosure said with a pause is still heard.
 */
export function sentencesThroughPausesOf(text: string): string[] {
  return (text.match(/[^.!?;\n]+[.!?;\n]*/g) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * Sentences and clauses cut again at each comma, pieces with a letter or number kept: for readers that
 * look for a short phrase standing on its own inside a longer message ("nothing, im done", "1 and 2 are
 * wrong, delete them"), where a comma ends the phrase as a full stop would.
 */
export function phrasesOf(text: string): string[] {
  return (text.match(/[^.!?…;,\n]+[.!?…;,\n]*/g) ?? []).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}
