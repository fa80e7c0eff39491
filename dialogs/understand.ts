import { choiceFromLabels, exactChoice, wholeLabelChoice, type ChoiceOption } from '../src/language';
import { ReadingMode } from '../src/domain/readingMode';
import { forgottenWithReadings } from '../src/language/recentReadings';
import type { Words as ContentWords } from '../src/i18n';
import type { Choice, Question } from './say';

/** Labels never change while the server runs: look each up once per set of words. */
const labelCache = new WeakMap<ContentWords, Map<string, string[]>>();

function labelsOf(key: string, words: ContentWords): string[] {
  let cache = labelCache.get(words);
  if (!cache) labelCache.set(words, (cache = new Map()));
  let labels = cache.get(key);
  if (!labels) cache.set(key, (labels = [words.forMode(ReadingMode.standard)(key), words.forMode(ReadingMode.easyRead)(key)]));
  return labels;
}

/** Each choice with every label it is shown with, in both registers, and its synonyms. */
function optionsOf(choices: readonly Choice[], words: ContentWords): ChoiceOption[] {
  return choices.map((choice) => ({ value: choice.value, synonyms: [...(choice.label ? [choice.label] : labelsOf(choice.labelKey, words)), ...(choice.synonyms ?? [])] }));
}

/**
 * Which choice an answer means: by number, by its words or part of them, with typos. Both
 * registers' labels count, so a person who switched reading mode can still type what they saw.
 */
export function matchChoice(text: string, choices: readonly Choice[], words: ContentWords): string | undefined {
  return choiceFromLabels(text, optionsOf(choices, words));
}

/** A choice only when its whole label was typed, perhaps with a slip: for a choice that finishes something. */
export function matchWholeChoice(text: string, choices: readonly Choice[], words: ContentWords): string | undefined {
  return wholeLabelChoice(text, optionsOf(choices, words));
}

/** Whether the text is exactly one of the choices' labels (a tapped button), in either register. */
export function isExactChoice(text: string, choices: readonly Choice[], words: ContentWords): boolean {
  return remembered(lastExact, choices, text, words, () => exactChoice(text, optionsOf(choices, words))) !== undefined;
}

/**
 * A turn reads one reply against the open question several times (a tapped button, an answer
 * before a command, talk about the chat): the last reading of each set of choices and of each
 * question object is kept. Readings depend only on the text, the question and the words.
 */
interface Reading {
  text: string;
  words: ContentWords;
  value: string | undefined;
}
// The texts kept are typed words: emptied with every reader's readings on "delete my data" and "start again".
let lastExact = new WeakMap<readonly Choice[], Reading>();
let lastMeant = new WeakMap<object, Reading>();
const keptTexts = new Set<string>();
forgottenWithReadings({
  forget() {
    lastExact = new WeakMap();
    lastMeant = new WeakMap();
    keptTexts.clear();
  },
  holds: (text) => keptTexts.has(text),
});

function remembered<K extends object>(memo: WeakMap<K, Reading>, key: K, text: string, words: ContentWords, read: () => string | undefined): string | undefined {
  const last = memo.get(key);
  if (last && last.text === text && last.words === words) return last.value;
  const value = read();
  // The newest texts, bounded (a memo's key may be dropped by the collector), for the check after forgetting.
  if (last) keptTexts.delete(last.text);
  keptTexts.add(text);
  if (keptTexts.size > 64) keptTexts.delete(keptTexts.values().next().value!);
  memo.set(key, { text, words, value });
  return value;
}

/**
 * The choice a reply means at a question: a button's own words (either register), then the
 * question's understanding of everyday words, then a close spelling of a button for a short reply.
 */
export function understandChoice(text: string, question: Pick<Question, 'choices' | 'understand'>, words: ContentWords): string | undefined {
  return remembered(lastMeant, question, text, words, () => readChoice(text, question, words));
}

function readChoice(text: string, question: Pick<Question, 'choices' | 'understand'>, words: ContentWords): string | undefined {
  const choices = question.choices ?? [];
  const exact = exactChoice(text, optionsOf(choices, words));
  if (exact) return exact;
  // A question that understands everyday words is the judge of them; a close spelling of a button is for the rest.
  if (question.understand) return question.understand(text);
  return choices.length ? matchChoice(text, choices, words) : undefined;
}
