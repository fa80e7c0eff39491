import { peopleNamed, matterWords } from './sameMatter';
import { normaliseMessage } from './text';
import { stemOf } from './wordReading';

/*
 * "can u take off the note from the cooking bit": which of the notes about a worry a message names.
 * A note is named by its kind in everyday words ("the self harm one"), by who it was about ("the
 * cousin bit"), by the things it told of ("the pictures thing"), by where in the chat it was made
 * ("the feeling safe question") or by the hope being talked about then ("the cooking bit"). A note
 * the message does not name is never taken back by it.
 */

/** One note about a worry, as the chat knows it: its kind, where it was made, and what it told of. */
export interface NoteToName {
  category: string;
  /** Made at "do you feel safe?". */
  atSafe: boolean;
  /** The hope being talked about when it was made, in the person's words. */
  hope?: string;
  /** Who it named by role ("relative") and the things it told of ("picture"). */
  people: readonly string[];
  things: readonly string[];
}

/** Everyday words for each kind of note, as people name it back. */
const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  self_harm_or_suicide: /\b(?:self\s*harm\w*|hurt(?:ing)?\s+(?:my|him|her|them)sel(?:f|ves)|harm(?:ing)?\s+(?:my|him|her)self|cut(?:ting)?\s+(?:my|him|her)self|suicid\w*|kill(?:ing)?\s+(?:my|him|her)self|(?:feeling|being)\s+(?:very\s+)?(?:low|sad)|low\s+one)\b/,
  harm_from_others: /\b(?:(?:someone|somebody|some1|people)\s+hurting|being\s+hurt|(?:hitting|hit|abuse)\s+(?:one|note|bit|thing))\b/,
  sexual_abuse: /\b(?:sexual\w*|touch(?:ing)?\s+(?:one|note|bit|thing)|touching\s+me)\b/,
  neglect: /\b(?:neglect\w*|(?:not\s+)?(?:being\s+)?looked\s+after)\b/,
  bullying: /\b(?:bull(?:y|ying|ied|ies))\b/,
  exploitation: /\b(?:exploit\w*|using\s+me|making\s+me\s+do|(?:using|used)\s+(?:one|note|bit|thing))\b/,
  domestic_abuse: /\b(?:domestic\w*|fighting\s+at\s+home|abuse\s+at\s+home)\b/,
};

/** Any kind of note named in everyday words ("the self harm one", "the bit about hurting myself", "the abuse note"). */
export const ANY_NOTE_KIND = `(?:${Object.values(KIND_WORDS).map((re) => re.source.replace(/^\\b|\\b$/g, '')).join('|')}|abus\\w*)`;

/** Kinds a person may call "the abuse note". */
const ABUSE_KINDS = new Set(['harm_from_others', 'sexual_abuse', 'neglect', 'domestic_abuse']);

/** Where the note was made: the question about feeling safe. */
const SAFE_PLACE = /\b(?:feel(?:ing)?\s+safe|(?:the\s+)?safe\s+(?:question|bit|part|one|thing)|safety\s+(?:question|bit|part))\b/;

/** "all the notes", "both notes", "the notes": every note. */
const EVERY_NOTE = /\b(?:(?:all|both|every|each)\s+(?:of\s+)?(?:the\s+|my\s+|those\s+|these\s+|ur\s+|your\s+)?notes?|(?:the|those|these|my|ur|your)\s+notes|notes\s+(?:are|were)|all\s+of\s+(?:it|them))\b/;

/** Words too common to name a hope ("to", "my", "learn", "get"). */
const PLAIN = new Set(['learn', 'get', 'want', 'have', 'like', 'able', 'better', 'more', 'with', 'from', 'that', 'this', 'them', 'then', 'when', 'what', 'will', 'would', 'make', 'going', 'own', 'myself', 'some', 'thing', 'things', 'stuff', 'note', 'notes', 'mistake', 'wrong', 'take', 'back']);

/** The stems of the words of a hope that could name it ("cook", "food" for "learn to cook my own food"). */
function hopeStems(hope: string): Set<string> {
  return new Set(normaliseMessage(hope).split(/\s+/).filter((w) => w.length >= 4 && !PLAIN.has(w)).map(stemOf));
}

function namesNote(said: string, words: readonly string[], note: NoteToName): boolean {
  const kind = KIND_WORDS[note.category];
  if (kind?.test(said)) return true;
  if (ABUSE_KINDS.has(note.category) && /\babus\w*/.test(said)) return true;
  if (note.atSafe && SAFE_PLACE.test(said)) return true;
  const people = peopleNamed(said);
  if (note.people.some((p) => p !== 'other' && people.includes(p))) return true;
  const things = matterWords(said);
  if (note.things.some((t) => things.includes(t))) return true;
  if (note.hope) {
    const stems = hopeStems(note.hope);
    if (words.some((w) => w.length >= 4 && !PLAIN.has(w) && stems.has(stemOf(w)))) return true;
  }
  return false;
}

/** The kinds of note the message names in everyday words ("the bit about hurting myself": self harm). */
function kindsNamed(said: string): string[] {
  const kinds = Object.entries(KIND_WORDS).flatMap(([category, re]) => (re.test(said) ? [category] : []));
  return kinds.length === 0 && /\babus\w*/.test(said) ? [...ABUSE_KINDS] : kinds;
}

/**
 * Whether the message names a kind of note, and no note made (of `categories`) is of that kind: "the bit about
 * hurting myself was not true" when the only note is about an uncle who hits. No note is taken back by it.
 */
export function namesOnlyKindsNotMade(text: string, categories: readonly string[]): boolean {
  const kinds = kindsNamed(normaliseMessage(text));
  return kinds.length > 0 && !kinds.some((kind) => categories.includes(kind));
}

/** A part of the chat pointed to ("from the cooking bit", "the other one"), named or not. */
const POINTS_TO_A_PART = /\b(?:the|that|this|my)\s+(?:\w+\s+){1,3}(?:bit|part|one|question|section|answer|thing)\b|\bnote\s+(?:about|from|on|for|at|in)\s+(?!(?:me|him|her|them|us|it|that|this|what|my|his|their)\b)\w+/;

/**
 * Which notes the message names: `all` for every note, the indexes of the notes named, or `unclear`
 * when it points to a part of the chat no note belongs to, or names none while there are several.
 */
export function notesNamed(text: string, notes: readonly NoteToName[]): { all: true } | { indexes: number[] } | { unclear: true } | { noneOfKind: true } {
  const said = normaliseMessage(text);
  if (EVERY_NOTE.test(said)) return { all: true };
  const words = said.split(/\s+/);
  const indexes = notes.flatMap((note, i) => (namesNote(said, words, note) ? [i] : []));
  if (indexes.length > 0) return { indexes };
  // A kind named that no note is of never marks a note of another kind.
  if (namesOnlyKindsNotMade(said, notes.map((note) => note.category))) return { noneOfKind: true };
  if (notes.length === 1 && !POINTS_TO_A_PART.test(said)) return { indexes: [0] };
  return { unclear: true };
}

/** Whether the message names one or more of the notes (for a reply to "which note?"). */
export function namesANote(text: string, notes: readonly NoteToName[]): number[] {
  const said = normaliseMessage(text);
  const words = said.split(/\s+/);
  return notes.flatMap((note, i) => (namesNote(said, words, note) ? [i] : []));
}
