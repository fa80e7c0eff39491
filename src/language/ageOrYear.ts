import { NUMBER_PATTERN, foldCase, parseNumber } from './text';

export interface AgeOrYear {
  age?: number;
  /** National Curriculum year: Reception 0, nursery or pre-school -1, Year 12 and 13 for the sixth form. */
  schoolYear?: number;
}

const NUM = NUMBER_PATTERN;
const YEAR = new RegExp(`\\b(?:year|yr|yaer|yeer|yera|y)\\s*-?\\s*(${NUM})\\b`);
const RECEPTION = /\b(?:reception|recption|recepton|reseption|foundation\s+(?:stage|year|class)|fs2|rec)\b/;
const NURSERY = /\b(?:nursery|nursey|nursary|pre-?school|preschool|playgroup|fs1)\b/;
const LOWER_SIXTH = /\blower\s+sixth\b/;
const UPPER_SIXTH = /\bupper\s+sixth\b/;
const AGE_PHRASE = new RegExp(
  `\\b(?:i'?m|im|i\\s+am|he'?s|she'?s|they'?re|hes|shes|is|am|are|aged?|turned|just\\s+turned|nearly|almost)\\s+(?:just\\s+|nearly\\s+|almost\\s+|only\\s+)?(${NUM})\\b(?!\\s*(?:months?|weeks?|days?|mths?)\\b)`,
);
const AGE_YEARS_OLD = new RegExp(`\\b(${NUM})\\s*(?:years?|yrs?|y\\.?o\\.?|yo)\\b(?:\\s*old)?`);
const AGE_MONTHS = new RegExp(`\\b(${NUM})\\s*(?:months?|mths?)(?:\\s*old)?\\b`);
const BARE_NUMBER = new RegExp(`^\\s*(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?(${NUM})(?:\\s+and\\s+a\\s+half|\\.5|½)?\\s*[.!]*\\s*$`);

function inRange(n: number | null, min: number, max: number): number | undefined {
  return n !== null && n >= min && n <= max ? n : undefined;
}

/**
 * An age or a school year from an answer: "15", "he's 4", "I'm fifteen", "year 5", "yr 10",
 * "reception" (0), "nursery" (-1). Both are returned when both are said; a stated school year wins
 * over an age, so callers use `schoolYear` when it is present.
 */
export function parseAgeOrYear(text: string): AgeOrYear {
  const lower = foldCase(text).slice(0, 500);
  const result: { age?: number; schoolYear?: number } = {};
  const year = YEAR.exec(lower);
  if (year) {
    const n = inRange(parseNumber(year[1] ?? ''), 1, 14);
    if (n !== undefined) result.schoolYear = n;
  }
  if (result.schoolYear === undefined) {
    if (LOWER_SIXTH.test(lower)) result.schoolYear = 12;
    else if (UPPER_SIXTH.test(lower)) result.schoolYear = 13;
    else if (RECEPTION.test(lower)) result.schoolYear = 0;
    else if (NURSERY.test(lower)) result.schoolYear = -1;
  }
  // Ages: skip the number that was the school year.
  const withoutYear = year ? lower.replace(year[0], ' ') : lower;
  const months = AGE_MONTHS.exec(withoutYear);
  const phrase = AGE_YEARS_OLD.exec(withoutYear) ?? AGE_PHRASE.exec(withoutYear) ?? BARE_NUMBER.exec(withoutYear);
  if (phrase) {
    const age = inRange(parseNumber(phrase[1] ?? ''), 0, 30);
    if (age !== undefined) result.age = age;
  } else if (months) {
    const m = parseNumber(months[1] ?? '');
    if (m !== null && m >= 0 && m < 72) result.age = Math.floor(m / 12);
  }
  return result;
}
