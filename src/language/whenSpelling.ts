import { TypoLexicon } from './fuzzy';
import { foldCase } from './text';

/*
 * Time words in an answer to "by when?" as people spell them ("wen i leve skool", "by crismas",
 * "in 6 munths"), put right so the school-calendar rules can read them. Kept apart from the reading
 * of that answer because the sentence read back needs the same spellings. Unlike timeSpelling (times
 * inside any statement), a festival is spelled out here: the whole answer is a time.
 */

const TIME_WORDS = [
  'christmas', 'easter', 'summer', 'spring', 'autumn', 'winter', 'september', 'october', 'november', 'december',
  'january', 'february', 'march', 'april', 'august', 'school', 'college', 'leave', 'finish', 'before', 'birthday',
  'review', 'annual', 'months', 'weeks', 'reception', 'nursery', 'secondary', 'primary', 'holidays', 'month', 'year',
  'years', 'next', 'when', 'term', 'week', 'until', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'weekend',
];
const LEXICON = new TypoLexicon(TIME_WORDS.map((w) => [w, w] as const), 5);
/** Short spellings one edit away are too risky for the lexicon; these are common enough to list. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  wen: 'when', yeer: 'year', yer: 'year', yr: 'year', yrs: 'years', leve: 'leave', skool: 'school', scool: 'school', skul: 'school',
  crismas: 'christmas', chrismas: 'christmas', xmas: 'christmas', b4: 'before', nxt: 'next', mnths: 'months', wks: 'weeks',
  sumer: 'summer', summa: 'summer', til: 'until', till: 'until', 'sept': 'september', munfs: 'months', munf: 'month',
  munths: 'months', munth: 'month', mumfs: 'months', weks: 'weeks', wiks: 'weeks', yeers: 'years', yeres: 'years',
  tommorow: 'tomorrow', tomoz: 'tomorrow', tmoz: 'tomorrow', wensday: 'wednesday', wenesday: 'wednesday',
};

/** The answer with time words spelled as the calendar rules expect. */
export function spelledForCalendar(text: string): string {
  return foldCase(text).replace(/[a-z0-9]+/g, (word) => {
    if (/\d/.test(word)) return word;
    return SHORT_FORMS[word] ?? (word.length >= 5 && word.length <= 12 ? LEXICON.get(word) ?? word : word);
  });
}

/**
 * The phrase with its time words spelled right and every other word as typed ("by sumer" is
 * "by summer", "in 6 munths" is "in 6 months"): for the sentence read back, never for the phrase kept.
 */
export function spellTimeWords(phrase: string): string {
  return phrase.replace(/[A-Za-z]+/g, (word) => {
    const lower = word.toLowerCase();
    const stem = lower.replace(/(?:es|s|ed|ing)$/, '');
    if (lower.length < 3 || TIME_WORDS.includes(lower) || TIME_WORDS.includes(stem) || ['till', 'xmas', 'yr', 'yrs', 'sept'].includes(lower)) return word;
    const fixed = SHORT_FORMS[lower] ?? (lower.length >= 5 && lower.length <= 12 ? LEXICON.get(lower) : undefined);
    return fixed ?? word;
  });
}
