import { recogniseChoice } from '../src/language';
import { ReadingMode } from '../src/domain/readingMode';
import type { Words as ContentWords } from '../src/i18n';
import type { Choice } from './say';

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * Which choice an answer means: by number, by its words or part of them, with typos. Both
 * registers' labels count, so a person who switched reading mode can still type what they saw.
 * A long answer is the person's own words, not a choice ("I'm sure my friends like me" is not
 * "I'm not sure").
 */
export function matchChoice(text: string, choices: readonly Choice[], words: ContentWords): string | undefined {
  const standard = words.forMode(ReadingMode.standard);
  const easyRead = words.forMode(ReadingMode.easyRead);
  const options = choices.map((choice) => ({ value: choice.value, synonyms: [standard(choice.labelKey), easyRead(choice.labelKey)] }));
  const longestLabel = Math.max(0, ...options.flatMap((o) => o.synonyms.map(wordCount)));
  if (wordCount(text) > longestLabel + 2) return undefined;
  return recogniseChoice(text, options) ?? undefined;
}
