import type { Draft, Timeframe } from '../src/domain/draft';
import {
  KEY_STAGE_FINAL_YEAR,
  addMonths,
  endOfSchoolYearN,
  formatIsoDate,
  receptionYearFromSchoolYear,
  schoolYearInProgress,
  termEnd,
  type CalendarDate,
} from '../src/domain/schoolCalendar';
import { findTimeframe, isTargetDate, type TimeContext } from '../src/language';
import type { Choice } from './say';
import { personOnCalendar } from '../src/domain/schoolYear';

/** Content keys of the "by when?" choices and of the phrases stored when one is tapped. */
export const WhenText = {
  thisYear: 'outcome:when.thisYear',
  thisCollegeYear: 'outcome:when.thisCollegeYear',
  months3: 'outcome:when.months3',
  months6: 'outcome:when.months6',
  oneYear: 'outcome:when.oneYear',
  twoYears: 'outcome:when.twoYears',
  endOfYear2: 'outcome:when.endOfYear2',
  endOfYear6: 'outcome:when.endOfYear6',
  endOfYear9: 'outcome:when.endOfYear9',
  endOfYear11: 'outcome:when.endOfYear11',
  endOfYear13: 'outcome:when.endOfYear13',
  endOfSixthForm: 'outcome:when.endOfSixthForm',
  sixthFormEnd: 'outcome:when.sixthFormEnd',
  phraseThisYear: 'outcome:when.phrase.thisYear',
  phraseThisCollegeYear: 'outcome:when.phrase.thisCollegeYear',
  phraseMonths3: 'outcome:when.phrase.months3',
  phraseMonths6: 'outcome:when.phrase.months6',
  phraseOneYear: 'outcome:when.phrase.oneYear',
  phraseTwoYears: 'outcome:when.phrase.twoYears',
  phraseEndOfYear2: 'outcome:when.phrase.endOfYear2',
  phraseEndOfYear6: 'outcome:when.phrase.endOfYear6',
  phraseEndOfYear9: 'outcome:when.phrase.endOfYear9',
  phraseEndOfYear11: 'outcome:when.phrase.endOfYear11',
  phraseEndOfYear13: 'outcome:when.phrase.endOfYear13',
  phraseEndOfSixthForm: 'outcome:when.phrase.endOfSixthForm',
  phraseSixthFormEnd: 'outcome:when.phrase.sixthFormEnd',
} as const;

type WhenKey = (typeof WhenText)[keyof typeof WhenText];

interface WhenOption {
  choice: Choice;
  phraseKey: WhenKey;
  /** The end date, worked out on the school calendar when the phrase cannot be read. */
  date: (today: CalendarDate, reception: number | undefined) => CalendarDate;
}

const monthsAhead = (months: number) => (today: CalendarDate) => addMonths(today, months);
const endOfYear = (n: number) => (today: CalendarDate, reception: number | undefined) =>
  reception === undefined ? termEnd(schoolYearInProgress(today), 'summer') : endOfSchoolYearN(reception, n);

const OPTIONS = {
  thisYear: { choice: { value: 'thisYear', labelKey: WhenText.thisYear }, phraseKey: WhenText.phraseThisYear, date: (today: CalendarDate) => termEnd(schoolYearInProgress(today), 'summer') },
  thisCollegeYear: { choice: { value: 'thisCollegeYear', labelKey: WhenText.thisCollegeYear }, phraseKey: WhenText.phraseThisCollegeYear, date: (today: CalendarDate) => termEnd(schoolYearInProgress(today), 'summer') },
  months3: { choice: { value: 'months3', labelKey: WhenText.months3 }, phraseKey: WhenText.phraseMonths3, date: monthsAhead(3) },
  months6: { choice: { value: 'months6', labelKey: WhenText.months6 }, phraseKey: WhenText.phraseMonths6, date: monthsAhead(6) },
  oneYear: { choice: { value: 'oneYear', labelKey: WhenText.oneYear }, phraseKey: WhenText.phraseOneYear, date: monthsAhead(12) },
  twoYears: { choice: { value: 'twoYears', labelKey: WhenText.twoYears }, phraseKey: WhenText.phraseTwoYears, date: monthsAhead(24) },
  endOfYear2: { choice: { value: 'endOfYear2', labelKey: WhenText.endOfYear2 }, phraseKey: WhenText.phraseEndOfYear2, date: endOfYear(2) },
  endOfYear6: { choice: { value: 'endOfYear6', labelKey: WhenText.endOfYear6 }, phraseKey: WhenText.phraseEndOfYear6, date: endOfYear(6) },
  endOfYear9: { choice: { value: 'endOfYear9', labelKey: WhenText.endOfYear9 }, phraseKey: WhenText.phraseEndOfYear9, date: endOfYear(9) },
  endOfYear11: { choice: { value: 'endOfYear11', labelKey: WhenText.endOfYear11 }, phraseKey: WhenText.phraseEndOfYear11, date: endOfYear(11) },
  endOfYear13: { choice: { value: 'endOfYear13', labelKey: WhenText.endOfYear13 }, phraseKey: WhenText.phraseEndOfYear13, date: endOfYear(13) },
  endOfSixthForm: { choice: { value: 'endOfSixthForm', labelKey: WhenText.endOfSixthForm }, phraseKey: WhenText.phraseEndOfSixthForm, date: endOfYear(13) },
  sixthFormEnd: { choice: { value: 'sixthFormEnd', labelKey: WhenText.sixthFormEnd }, phraseKey: WhenText.phraseSixthFormEnd, date: endOfYear(13) },
} satisfies Record<string, WhenOption>;

type OptionName = keyof typeof OPTIONS;

const KEY_STAGE_END_OPTION: Readonly<Record<number, OptionName>> = { 2: 'endOfYear2', 6: 'endOfYear6', 9: 'endOfYear9', 11: 'endOfYear11', 13: 'endOfYear13' };

/** What the calendar knows about this person on `today`. */
export function timeContextOf(draft: Draft | undefined, today: Date): TimeContext {
  return personOnCalendar(draft?.youngPerson, today);
}

/** Under 5, or in Reception or below: outcomes look 3 and 6 months ahead. */
export function isEarlyYears(draft: Draft | undefined): boolean {
  const person = draft?.youngPerson;
  if (person?.schoolYear !== undefined) return person.schoolYear <= 0;
  return person?.age !== undefined && person.age < 5;
}

/** The end of the key stage someone is in, unless that is this school year (then the next one). */
function keyStageEndAhead(schoolYear: number): OptionName | undefined {
  const ends = Object.values(KEY_STAGE_FINAL_YEAR).filter((year) => year > schoolYear);
  const end = ends.length ? Math.min(...ends) : undefined;
  return end === undefined ? undefined : KEY_STAGE_END_OPTION[end];
}

/** Counted spans only: for someone not in education, no school or college year is theirs to end. */
const SPANS_ONLY: readonly OptionName[] = ['months6', 'oneYear', 'twoYears'];

function optionNames(draft: Draft | undefined, context: TimeContext): OptionName[] {
  const education = draft?.youngPerson.education;
  if (education === 'not_at_school' && !isEarlyYears(draft)) return [...SPANS_ONLY];
  const schoolNames = schoolOptionNames(draft, context);
  // At college from 19 (no school year of theirs), the college year still ends in July.
  const names = education === 'college' && !schoolNames.includes('thisYear') ? ['thisCollegeYear' as const, ...schoolNames] : schoolNames;
  // Past Year 13 ("year 15", the third year of a course) the year is a year of post-16 education, never of school.
  if (context.schoolYear !== undefined && context.schoolYear > 13 && education !== 'sixth_form') return names.map((name) => (name === 'thisYear' ? 'thisCollegeYear' : name));
  // At college the year is a college year: "End of this college year", never "school".
  if (education === 'college') return names.map((name) => (name === 'thisYear' ? 'thisCollegeYear' : name));
  // At sixth form, its end is "End of sixth form", Year 13's end; never a college year.
  if (education === 'sixth_form') return names.map((name) => (name === 'endOfYear13' || (name === 'thisYear' && context.schoolYear === 13) ? 'sixthFormEnd' : name));
  return names;
}

function schoolOptionNames(draft: Draft | undefined, context: TimeContext): OptionName[] {
  if (isEarlyYears(draft)) return ['months3', 'months6'];
  const schoolYear = context.schoolYear;
  if (schoolYear === undefined) {
    const age = draft?.youngPerson.age;
    return age !== undefined && age >= 19 ? ['months6', 'oneYear', 'twoYears'] : ['thisYear', 'months6', 'oneYear'];
  }
  if (schoolYear >= 13) return ['thisYear', 'months6', 'oneYear'];
  // In Year 11, where they go next is not known yet: "the end of sixth form or college", never "Year 13".
  if (schoolYear === 11) return ['thisYear', 'oneYear', 'endOfSixthForm'];
  const keyStage = keyStageEndAhead(schoolYear);
  return keyStage ? ['thisYear', keyStage, 'months6'] : ['thisYear', 'months6', 'oneYear'];
}

/** Only choices that make sense now: none sooner than an outcome spans (those would be targets). */
export function whenChoices(draft: Draft | undefined, context: TimeContext): Choice[] {
  const today = parseToday(context.today);
  const reception = context.schoolYear !== undefined ? receptionYearFromSchoolYear(context.schoolYear, today) : undefined;
  const early = isEarlyYears(draft);
  // The first step is asked for "in the next year or two": no choice past the school year two years on
  // (a Year 2 child is not offered "End of Year 6"; a Year 9 in December still is "End of Year 11").
  const latest = formatIsoDate(termEnd(schoolYearInProgress(addMonths(today, 24)), 'summer'));
  const names = optionNames(draft, context).filter((name) => {
    const date = formatIsoDate(OPTIONS[name].date(today, reception));
    return date <= latest && !isTargetDate(date, { ...context, earlyYears: early });
  });
  if (!early && names.length < 3 && !names.includes('oneYear')) names.push('oneYear');
  if (!early && names.length < 3 && !names.includes('twoYears')) names.push('twoYears');
  // Three choices at most: a short list to tap, with "type your own" always open.
  return names.slice(0, 3).map((name) => OPTIONS[name].choice);
}

function parseToday(iso: string): CalendarDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

/** A tapped choice as the person's timeframe: their words as shown, the date from the calendar. */
export function timeframeOfChoice(value: string, context: TimeContext, t: (key: string) => string): Timeframe | undefined {
  const option = (Object.keys(OPTIONS) as OptionName[]).find((name) => OPTIONS[name].choice.value === value);
  if (!option) return undefined;
  const phrase = t(OPTIONS[option].phraseKey);
  const read = findTimeframe(phrase, context);
  if (read) return { phrase, date: read.date };
  const today = parseToday(context.today);
  const reception = context.schoolYear !== undefined ? receptionYearFromSchoolYear(context.schoolYear, today) : undefined;
  return { phrase, date: formatIsoDate(OPTIONS[option].date(today, reception)) };
}
