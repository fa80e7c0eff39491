import { allowedEdits, editDistance } from './fuzzy';
import { normaliseMessage, parseNumber } from './text';

export interface ChoiceOption {
  value: string;
  synonyms?: readonly string[];
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const BY_NUMBER =
  /^(?:(?:number|no|num|option|choice|the|#)\s*)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th|last)(?:\s+(?:one|option|choice|please|pls))*$/;

function position(word: string, count: number): number | null {
  if (word === 'last') return count;
  const ordinal = ORDINAL_WORDS.indexOf(word);
  if (ordinal >= 0) return ordinal + 1;
  return parseNumber(word);
}

function wordsClose(a: string, b: string): boolean {
  if (a === b) return true;
  const limit = allowedEdits(Math.min(a.length, b.length));
  return limit > 0 && Math.abs(a.length - b.length) <= limit && editDistance(a, b) <= limit;
}

/** How well an answer fits one label: 3 exact, 2 close or contained as words, 1 most words close, 0 none. */
function fit(answer: string, label: string): number {
  if (!label) return 0;
  if (answer === label) return 3;
  // A label with a number needs that number: "in a year" is not "In Year 7", "in year 8" is not "In Year 7".
  const numbers = label.match(/\d+/g);
  if (numbers && !numbers.every((n) => answer.split(' ').includes(n))) return 0;
  const limit = allowedEdits(Math.min(answer.length, label.length));
  if (limit > 0 && Math.abs(answer.length - label.length) <= limit && editDistance(answer, label) <= limit) return 2;
  const padded = ` ${answer} `;
  if (padded.includes(` ${label} `)) return 2;
  if (answer.length >= 3 && ` ${label} `.includes(` ${answer}`)) return 2;
  const answerWords = answer.split(' ');
  const labelWords = label.split(' ').filter((w) => w.length > 2);
  if (labelWords.length === 0) return 0;
  const matched = labelWords.filter((lw) => answerWords.some((aw) => wordsClose(aw, lw))).length;
  return matched / labelWords.length >= 0.5 && matched > 0 ? 1 : 0;
}

/**
 * Which choice an answer means: by number ("2", "number two", "the second one"), by its value or a
 * synonym, by part of it ("bus" for "by bus"), or with typos. Null when nothing fits or two choices
 * fit equally well.
 */
export function recogniseChoice(text: string, choices: readonly ChoiceOption[]): string | null {
  const answer = normaliseMessage(text);
  if (!answer || choices.length === 0) return null;
  const numbered = BY_NUMBER.exec(answer);
  if (numbered) {
    const n = position(numbered[1] ?? '', choices.length);
    if (n !== null && n >= 1 && n <= choices.length) return choices[n - 1]?.value ?? null;
  }
  let best = 0;
  let winner: string | null = null;
  let tied = false;
  for (const choice of choices) {
    const labels = [choice.value, ...(choice.synonyms ?? [])].map(normaliseMessage);
    const score = Math.max(...labels.map((label) => fit(answer, label)));
    if (score > best) {
      best = score;
      winner = choice.value;
      tied = false;
    } else if (score === best && score > 0 && winner !== choice.value) tied = true;
  }
  return best > 0 && !tied ? winner : null;
}

const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** The choice whose label (or synonym) is exactly the text: a tapped button. */
export function exactChoice(text: string, choices: readonly ChoiceOption[]): string | undefined {
  const typed = plain(text);
  return choices.find((choice) => (choice.synonyms ?? []).some((label) => plain(label) === typed))?.value;
}

/**
 * Which choice a reply means, given every label each choice is shown with: its exact words, then
 * by number, part of a label or a close spelling. A reply much longer than any label is the
 * person's own words, not a choice ("I'm sure my friends like me" is not "I'm not sure").
 */
export function choiceFromLabels(text: string, choices: readonly ChoiceOption[]): string | undefined {
  const exact = exactChoice(text, choices);
  if (exact) return exact;
  const longestLabel = Math.max(0, ...choices.flatMap((c) => (c.synonyms ?? []).map(wordCount)));
  if (wordCount(text) > longestLabel + 2) return undefined;
  return recogniseChoice(text, choices) ?? undefined;
}

/**
 * The choice whose whole label the reply is, perhaps with a slip ("looks god") or cut short ("good"):
 * never a label only some of whose words were typed among others ("cook good food" is not "Looks good").
 */
export function wholeLabelChoice(text: string, choices: readonly ChoiceOption[]): string | undefined {
  const answer = normaliseMessage(text);
  if (!answer) return undefined;
  const exact = exactChoice(text, choices);
  if (exact) return exact;
  const slipOf = (label: string) => {
    const limit = allowedEdits(Math.min(answer.length, label.length));
    return (limit > 0 && Math.abs(answer.length - label.length) <= limit && editDistance(answer, label) <= limit) || (answer.length >= 3 && ` ${label} `.includes(` ${answer} `));
  };
  return choices.find((choice) => [choice.value, ...(choice.synonyms ?? [])].map(normaliseMessage).some(slipOf))?.value;
}
