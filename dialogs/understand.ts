import { recogniseChoice } from '../src/language';
import { ReadingMode } from '../src/domain/readingMode';
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

const normalise = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Which choice an answer means: by number, by its words or part of them, with typos. Both
 * registers' labels count, so a person who switched reading mode can still type what they saw.
 * A long answer is the person's own words, not a choice ("I'm sure my friends like me" is not
 * "I'm not sure").
 */
export function matchChoice(text: string, choices: readonly Choice[], words: ContentWords): string | undefined {
  const options = choices.map((choice) => ({ value: choice.value, synonyms: [...labelsOf(choice.labelKey, words), ...(choice.synonyms ?? [])] }));
  const longestLabel = Math.max(0, ...options.flatMap((o) => o.synonyms.map(wordCount)));
  const exact = options.find((o) => o.synonyms.some((label) => normalise(label) === normalise(text)));
  if (exact) return exact.value;
  if (wordCount(text) > longestLabel + 2) return undefined;
  return recogniseChoice(text, options) ?? undefined;
}

/** Whether the text is exactly one of the choices' labels (a tapped button), in either register. */
export function isExactChoice(text: string, choices: readonly Choice[], words: ContentWords): boolean {
  const typed = normalise(text);
  return choices.some((choice) => [...labelsOf(choice.labelKey, words), ...(choice.synonyms ?? [])].some((label) => normalise(label) === typed));
}

/**
 * The choice a reply means at a question: a button's own words (either register), then the
 * question's understanding of everyday words, then a close spelling of a button for a short reply.
 */
export function understandChoice(text: string, question: Pick<Question, 'choices' | 'understand'>, words: ContentWords): string | undefined {
  const choices = question.choices ?? [];
  const typed = normalise(text);
  const exact = choices.find((choice) => [...labelsOf(choice.labelKey, words), ...(choice.synonyms ?? [])].some((label) => normalise(label) === typed));
  if (exact) return exact.value;
  // A question that understands everyday words is the judge of them; a close spelling of a button is for the rest.
  if (question.understand) return question.understand(text);
  return choices.length ? matchChoice(text, choices, words) : undefined;
}
