import type { Translate, Words as ContentWords } from '../src/i18n';
import type { Choice } from './say';

/**
 * Which choice an answer means. Both registers' labels count, so a person who switched reading
 * mode can still tap or type the words they saw.
 */
export function matchChoice(text: string, choices: readonly Choice[], words: ContentWords): string | undefined {
  const answer = normalise(text);
  if (!answer) return undefined;
  const byNumber = /^\d+$/.test(answer) ? choices[Number(answer) - 1] : undefined;
  if (byNumber) return byNumber.value;
  const labels = (t: Translate) => choices.map((c) => ({ value: c.value, label: normalise(t(c.labelKey)) }));
  const all = [...labels(words.forMode('standard')), ...labels(words.forMode('easy_read'))];
  return (
    all.find((c) => c.label === answer)?.value ??
    all.find((c) => c.label.startsWith(answer) || answer.startsWith(c.label))?.value
  );
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}
