/**
 * The content rules, in one place: the easy-read lint (short sentences, one idea each, everyday
 * words, no acronyms, no professional jargon) and the length limit of the standard register.
 * `npm run content:check` and the content tests both call this module.
 */
import { countSyllables, readability, type Readability } from '../language/readability';
import { findJargon } from '../language/jargon';
import type { ReadingMode } from '../domain/readingMode';
import { contentDir, loadRegister } from './index';

export const EASY_READ_MAX_WORDS = 15;
export const STANDARD_MAX_WORDS = 20;
export const EASY_READ_MAX_SYLLABLES = 3;

/** Long words a reader needs anyway: names of services that help, and the plan's own name. */
export const ALLOWED_LONG_WORDS: ReadonlySet<string> = new Set(['childline', 'samaritans', 'computer', 'education']);

/**
 * Everyday words the rule-based syllable counter counts one too high ("ex-am-ple" is not 4), so the
 * lint does not push writers away from words young readers know well.
 */
export const SYLLABLE_CORRECTIONS: Readonly<Record<string, number>> = { example: 3, everyday: 3 };

function syllablesOf(word: string): number {
  return SYLLABLE_CORRECTIONS[word.toLowerCase()] ?? countSyllables(word);
}

/**
 * Capitals that are not acronyms to a reader: "OK"; SHOUT, the word people text to that service;
 * NSPCC, the name a parent asks for on the phone.
 */
export const ALLOWED_CAPITALS: ReadonlySet<string> = new Set(['OK', 'SHOUT', 'NSPCC']);

/**
 * Phrases that must be named as they are (the plan is called this in every letter a family gets; Carers UK is the
 * charity's name, as a carer asks for it on the phone). They are taken out before the word, clause and jargon rules, and still count towards length.
 */
export const ALLOWED_PHRASES: readonly RegExp[] = [/Education, Health and Care(?: plan)?/g, /Carers UK/g];

/** Placeholders are read as one short word, so a sentence is judged as a person will see it. */
export const PLACEHOLDER_STAND_IN = 'Sam';

/** A resume code as shown in examples (ABC-DEF-GHJ): letters to copy, not an acronym to understand. */
const CODE_SHAPE = /^[A-Z]{3}(?:-[A-Z]{3})+$/;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Second clauses that could be sentences of their own: "... and you ...", "... but it ...", "... because I ...". */
const JOINED_CLAUSE = /\b(?:and|but)\s+(?:i|you|we|they|he|she|it|there|nobody|someone|everyone)\b|\bbecause\b(?!\s+of\b)/i;

export type RuleId = 'tooLong' | 'joinedClauses' | 'longWord' | 'acronym' | 'jargon';

export interface TextProblem {
  rule: RuleId;
  sentence: string;
  /** What broke the rule: the word count, the word, the term. */
  detail: string;
}

export interface ContentProblem extends TextProblem {
  mode: ReadingMode;
  /** `namespace:key.path` */
  key: string;
}

/** Sentences: runs ending with . ! ? (or a line break); a label without an end mark is one sentence. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => (s.match(WORD) ?? []).length > 0);
}

export function withStandIns(text: string): string {
  return text.replace(/\{\{\s*[\w.]+\s*\}\}/g, PLACEHOLDER_STAND_IN);
}

function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

function withoutAllowedPhrases(sentence: string): string {
  return ALLOWED_PHRASES.reduce((s, phrase) => s.replace(phrase, 'plan'), sentence);
}

function easyReadProblems(sentence: string): TextProblem[] {
  const problems: TextProblem[] = [];
  const words = wordsOf(sentence);
  if (words.length > EASY_READ_MAX_WORDS) {
    problems.push({ rule: 'tooLong', sentence, detail: `${words.length} words (at most ${EASY_READ_MAX_WORDS})` });
  }
  const plain = withoutAllowedPhrases(sentence);
  const joined = plain.match(JOINED_CLAUSE);
  if (joined) problems.push({ rule: 'joinedClauses', sentence, detail: `"${joined[0]}": two sentences would do` });
  for (const word of wordsOf(plain)) {
    if (/^\p{N}+$/u.test(word)) continue; // phone numbers are read as digits
    if (CODE_SHAPE.test(word)) continue;
    if (/^\p{Lu}{2,}$/u.test(word.replace(/['’]s$/, '')) && !ALLOWED_CAPITALS.has(word)) {
      problems.push({ rule: 'acronym', sentence, detail: word });
    } else if (syllablesOf(word) > EASY_READ_MAX_SYLLABLES && !ALLOWED_LONG_WORDS.has(word.toLowerCase())) {
      problems.push({ rule: 'longWord', sentence, detail: `${word} (${syllablesOf(word)} syllables)` });
    }
  }
  for (const hit of findJargon(plain)) problems.push({ rule: 'jargon', sentence, detail: `${hit.term}: say "${hit.plain}"` });
  return problems;
}

/** Every rule broken by one piece of content in one register. */
export function checkText(text: string, mode: ReadingMode): TextProblem[] {
  const problems: TextProblem[] = [];
  for (const sentence of sentencesOf(withStandIns(text))) {
    if (mode === 'easy_read') {
      problems.push(...easyReadProblems(sentence));
    } else {
      const count = wordsOf(sentence).length;
      if (count > STANDARD_MAX_WORDS) {
        problems.push({ rule: 'tooLong', sentence, detail: `${count} words (at most ${STANDARD_MAX_WORDS})` });
      }
    }
  }
  return problems;
}

type Tree = { [key: string]: string | Tree };

function* leaves(tree: Tree, prefix = ''): Generator<[string, string]> {
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') yield [full, value];
    else yield* leaves(value, full);
  }
}

/** Every string of a register as `[namespace:key, text]`, namespace by namespace. */
export function contentEntries(mode: ReadingMode, root = contentDir()): Array<{ namespace: string; key: string; text: string }> {
  const out: Array<{ namespace: string; key: string; text: string }> = [];
  for (const [namespace, tree] of Object.entries(loadRegister(mode, root))) {
    for (const [key, text] of leaves(tree)) out.push({ namespace, key: `${namespace}:${key}`, text });
  }
  return out;
}

export const MODES: readonly ReadingMode[] = ['standard', 'easy_read'];

export function checkContent(root = contentDir()): ContentProblem[] {
  return MODES.flatMap((mode) =>
    contentEntries(mode, root).flatMap(({ key, text }) => checkText(text, mode).map((p) => ({ ...p, mode, key }))),
  );
}

export interface ReadabilityRow extends Readability {
  namespace: string;
  mode: ReadingMode;
}

/** Flesch reading ease and grade of each namespace, in both registers, as a person reads it. */
export function readabilityTable(root = contentDir()): ReadabilityRow[] {
  const rows: ReadabilityRow[] = [];
  for (const mode of MODES) {
    const byNamespace = new Map<string, string[]>();
    for (const { namespace, text } of contentEntries(mode, root)) {
      byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), withStandIns(text)]);
    }
    for (const [namespace, texts] of byNamespace) rows.push({ namespace, mode, ...readability(texts.join('\n')) });
  }
  return rows;
}
