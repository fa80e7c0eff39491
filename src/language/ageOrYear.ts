import { editDistance, isCloseTo } from './fuzzy';
import { NUMBER_PATTERN, foldCase, parseNumber } from './text';
import { knownWords } from './vocabulary';
import { onStudyPlacementNow } from './studyPlacement';

/** Long number words, so "sixten" or "fourten" is read as the number meant. */
const LONG_NUMBER_WORDS = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

function withNumberWordsSpelt(lower: string): string {
  const known = knownWords();
  return lower.replace(/\p{L}{6,}/gu, (word) => {
    if (LONG_NUMBER_WORDS.includes(word) || known.has(word)) return word;
    // The closest number word, then the one with the same first letter: "fithteen" is fifteen, not eighteen.
    const distance = (n: string) => editDistance(word, n) + (n[0] === word[0] ? 0 : 0.5);
    return LONG_NUMBER_WORDS.filter((n) => isCloseTo(word, n) || (n[0] === word[0] && editDistance(word, n) <= 2)).sort((a, b) => distance(a) - distance(b))[0] ?? word;
  });
}

export const SETTINGS = ['nursery', 'school', 'sixth_form', 'college', 'not_at_school'] as const;
export type Setting = (typeof SETTINGS)[number];

export interface AgeOrYear {
  age?: number;
  /** National Curriculum year: Reception 0, nursery or pre-school -1, Year 12 and 13 for the sixth form. */
  schoolYear?: number;
  /** Where they learn, when they said: "at college", "left school", "nursery". */
  setting?: Setting;
}

const NUM = NUMBER_PATTERN;
// "yer 5", "yeer 5": year typed as it sounds.
const YEAR = new RegExp(`\\b(?:year|yr|yaer|yeer|yer|yera|y)\\s*-?\\s*(${NUM})\\b`);
const RECEPTION = /\b(?:reception|recption|recepton|reseption|recep\w*|resep\w*|foundation\s+(?:stage|year|class)|fs2|rec)\b/;
const NURSERY = /\b(?:nursery|nursey|nursary|nurs\w*ry|pre[- ]?school|preschool|playgroup|fs1)\b/;
const LOWER_SIXTH = /\blower\s+sixth\b|\b(?:first|1st)\s+year\s+(?:of|at|in)\s+(?:college|sixth\s*form|6th\s*form)\b/;
const UPPER_SIXTH = /\bupper\s+sixth\b|\b(?:second|2nd|last|final)\s+year\s+(?:of|at|in)\s+(?:college|sixth\s*form|6th\s*form)\b/;
const SIXTH_FORM = /\b(?:sixth|6th)\s*form\b/;
const COLLEGE = /\b(?:college|colledge|collage|collge|col+[eai]d?ge?|colig\w*|uni|university|fe)\b/;
const NOT_AT_SCHOOL =
  /\b(?:not (?:at|in|going to) (?:school|college)|(?:left|finished|leaving|done with|out of) (?:school|college)|(?:doesnt|dont|does not|do not|cant|isnt|is not|not) (?:go|going|attend\w*) (?:to )?(?:school|college|nursery)|home ?(?:educat\w*|school\w*|tutor\w*|ed)|not (?:in|at) (?:any )?(?:education|school|college|nursery)|(?:doesnt|dont|does not|do not|cant|isnt|is not|not) (?:\w+ )?(?:go|going|attend\w*) (?:to )?(?:school|college|nursery)|(?:is|stays?|at|im|hes|shes) (?:at )?home\b|no school|work(?:s|ing)? (?:at|in|for)|i work\b|got a job|have a job|apprentice\w*|unemployed|nothing at the moment)\b/;
/** A school year named as the one coming: "starts reception in september", "going into year 7 next year". */
const COMING_STAGE = new RegExp(
  `\\b(?:start(?:s|ing)?|go(?:es|ing)?\\s+(?:up\\s+)?(?:in)?to|mov(?:es?|ing)\\s+(?:up\\s+)?(?:in)?to|will\\s+be\\s+in|due\\s+to\\s+start)\\s+(?:the\\s+)?((?:reception|recption|rec)\\b|(?:year|yr)\\s*-?\\s*${NUMBER_PATTERN}\\b)`,
);
const SCHOOL = /\b(?:school|primary|secondary|academy)\b/;
/** An age said first: "15 nearly 16", "8 and year 4", "16, year 11". */
const LEADING_NUMBER = new RegExp(`^\\s*(${NUM})\\b(?!\\s*(?:months?|mths?|weeks?)\\b)`);
const AGE_PHRASE = new RegExp(
  `\\b(?:i'?m|im|i\\s+am|it'?s|it\\s+is|he'?s|she'?s|they'?re|hes|shes|is|am|are|aged?|turned|just\\s+turned|nearly|almost)\\s+(?:just\\s+|nearly\\s+|almost\\s+|only\\s+)?(${NUM})\\b(?!\\s*(?:months?|weeks?|days?|mths?)\\b)`,
);
const AGE_YEARS_OLD = new RegExp(`\\b(${NUM})\\s*(?:years?|yrs?|y\\.?o\\.?|yo)\\b(?:\\s*old)?`);
const AGE_MONTHS = new RegExp(`\\b(${NUM})\\s*(?:months?|mths?)(?:\\s*old)?\\b`);
const BARE_NUMBER = new RegExp(`^\\s*(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?(${NUM})(?:\\s+and\\s+a\\s+half|\\.5|½)?\\s*[.!]*\\s*$`);

/** A place said not to be theirs ("a sixth form, not a college"): it names no setting. */
const PLACE_DENIED = /\b(?:not|isnt|is not|never)\s+(?:at\s+|in\s+)?(?:a\s+|the\s+)?(?:college|colledge|collage|uni|university|school|nursery)\b/g;

function settingOf(said: string): Setting | undefined {
  // "a sixth form, not a college": the place they are at is the one said without "not".
  const kept = said.replace(PLACE_DENIED, ' ');
  const lower = kept !== said && [NURSERY, SIXTH_FORM, COLLEGE, SCHOOL].some((place) => place.test(kept)) ? kept : said;
  // "19, im on a supported internship": an internship is a college study programme, so still in education.
  if (onStudyPlacementNow(lower)) return 'college';
  if (NOT_AT_SCHOOL.test(lower)) return 'not_at_school';
  if (NURSERY.test(lower)) return 'nursery';
  // A sixth form is a setting of its own; a "sixth form college" is a college.
  if (SIXTH_FORM.test(lower) && !COLLEGE.test(lower)) return 'sixth_form';
  if (COLLEGE.test(lower)) return 'college';
  if (SCHOOL.test(lower)) return 'school';
  return undefined;
}

/** The last school year counted: Year 20 is the year a cohort turns 25, the oldest the plans serve. */
const LAST_YEAR = 20;

function inRange(n: number | null, min: number, max: number): number | undefined {
  return n !== null && n >= min && n <= max ? n : undefined;
}

/**
 * An age or a school year from an answer: "15", "he's 4", "I'm fifteen", "year 5", "yr 10",
 * "reception" (0), "nursery" (-1). Both are returned when both are said; a stated school year wins
 * over an age, so callers use `schoolYear` when it is present.
 */
export function parseAgeOrYear(text: string): AgeOrYear {
  const said = withNumberWordsSpelt(foldCase(text).slice(0, 500).replace(/(?<=\p{L})'(?=t\b)/gu, ''));
  // A year they are about to start ("starts Reception next September") is not the one they are in.
  const coming = COMING_STAGE.exec(said);
  const lower = coming ? said.replace(coming[0], ' ') : said;
  const result: AgeOrYear = {};
  const year = YEAR.exec(lower);
  if (year) {
    // Up to Year 20 (a 25-year-old): past Year 13 it is a year of post-16 education.
    const n = inRange(parseNumber(year[1] ?? ''), 1, LAST_YEAR);
    if (n !== undefined) result.schoolYear = n;
  }
  if (result.schoolYear === undefined) {
    if (LOWER_SIXTH.test(lower)) result.schoolYear = 12;
    else if (UPPER_SIXTH.test(lower)) result.schoolYear = 13;
    else if (RECEPTION.test(lower)) result.schoolYear = 0;
    else if (NURSERY.test(lower)) result.schoolYear = -1;
    else if (SIXTH_FORM.test(lower) && !COLLEGE.test(lower.replace(PLACE_DENIED, ' '))) result.schoolYear = 12;
  }
  if (result.schoolYear === undefined && coming) {
    const next = parseAgeOrYear(coming[1] ?? '').schoolYear;
    if (next !== undefined) result.schoolYear = next - 1;
  }
  // "year 15": past Year 13 no school year is left, so it is post-16 education (college) unless they said where.
  const setting = settingOf(lower) ?? (result.schoolYear !== undefined && result.schoolYear > 13 ? 'college' : undefined);
  if (setting) result.setting = setting;
  // Ages: skip the number that was the school year.
  const withoutYear = year ? lower.replace(year[0], ' ') : lower;
  const months = AGE_MONTHS.exec(withoutYear);
  const leading = year && year.index === 0 ? null : LEADING_NUMBER.exec(lower);
  const phrase = AGE_YEARS_OLD.exec(withoutYear) ?? (leading && !AGE_MONTHS.test(lower.slice(0, 20)) ? leading : null) ?? AGE_PHRASE.exec(withoutYear) ?? BARE_NUMBER.exec(withoutYear);
  if (phrase) {
    const age = inRange(parseNumber(phrase[1] ?? ''), 0, 30);
    if (age !== undefined) result.age = age;
  } else if (months) {
    const m = parseNumber(months[1] ?? '');
    if (m !== null && m >= 0 && m < 72) result.age = Math.floor(m / 12);
  }
  return result;
}
