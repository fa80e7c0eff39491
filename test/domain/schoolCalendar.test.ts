import { describe, expect, it } from 'vitest';
import {
  addMonths,
  birthdayAtAge,
  currentTerm,
  easterSunday,
  endOfSchoolYearN,
  formatIsoDate,
  nextAnnualReview,
  nextHalfTermEnd,
  parseIsoDate,
  receptionYearFromBirth,
  receptionYearFromSchoolYear,
  schoolYearInProgress,
  schoolYearOn,
  termEnd,
  type CalendarDate,
} from '../../src/domain/schoolCalendar';

const d = (iso: string): CalendarDate => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`bad date ${iso}`);
  return parsed;
};
const iso = formatIsoDate;

describe('school calendar', () => {
  it.each([
    ['2011-03-10', 2015],
    ['2010-09-01', 2015],
    ['2011-08-31', 2015], // the youngest of the cohort: an August birthday
    ['2011-09-01', 2016], // the oldest of the next one
    ['2012-02-29', 2016], // leap day
  ])('a child born %s starts Reception in September %i', (dob, reception) => {
    expect(receptionYearFromBirth(d(dob))).toBe(reception);
  });

  it('finishes Year 11 in July 2027 when born in March 2011 (the DESIGN.md example)', () => {
    const end = endOfSchoolYearN(receptionYearFromBirth(d('2011-03-10')), 11);
    expect(iso(end)).toBe('2027-07-22');
  });

  it.each([
    ['2011-08-31', '2025-01-15', 9],
    ['2011-09-01', '2025-01-15', 8],
    ['2013-09-05', '2025-08-10', 6], // the summer holiday still belongs to the year just finished
    ['2013-09-05', '2025-09-01', 7],
    ['2021-06-01', '2025-01-15', -1], // nursery
  ])('born %s is in NC year on %s: %i', (dob, today, year) => {
    expect(schoolYearOn(d(dob), d(today))).toBe(year);
  });

  it('names the same cohort from a school year as from a date of birth', () => {
    expect(receptionYearFromSchoolYear(9, d('2025-01-15'))).toBe(receptionYearFromBirth(d('2011-03-10')));
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
  ])('finds Easter Sunday %i', (year, easter) => {
    expect(iso(easterSunday(year))).toBe(easter);
  });

  it.each([
    [2024, 'autumn', '2024-12-20'],
    [2025, 'autumn', '2025-12-19'], // 20 December 2025 is a Saturday
    [2024, 'spring', '2025-04-17'], // the Thursday before Easter
    [2023, 'spring', '2024-03-28'],
    [2024, 'summer', '2025-07-22'],
    [2026, 'summer', '2027-07-22'],
    [2027, 'summer', '2028-07-21'], // 22 July 2028 is a Saturday
  ] as const)('ends the %i %s term on %s', (year, term, end) => {
    expect(iso(termEnd(year, term))).toBe(end);
  });

  it('treats the summer holiday as part of the coming school year for "this term" and "this school year"', () => {
    expect(currentTerm(d('2025-08-10'))).toMatchObject({ startYear: 2025, term: 'autumn' });
    expect(iso(currentTerm(d('2025-08-10')).end)).toBe('2025-12-19');
    expect(schoolYearInProgress(d('2025-08-10'))).toBe(2025);
    expect(schoolYearInProgress(d('2025-07-01'))).toBe(2024);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-03-31', 6, '2025-09-30'],
    ['2024-11-30', 3, '2025-02-28'],
  ])('adds months to %s (+%i = %s), clamping the day', (from, months, to) => {
    expect(iso(addMonths(d(from), months))).toBe(to);
  });

  it('puts the next annual review 12 months ahead, also from a leap day', () => {
    expect(iso(nextAnnualReview(d('2025-01-15')))).toBe('2026-01-15');
    expect(iso(nextAnnualReview(d('2024-02-29')))).toBe('2025-02-28');
  });

  it('puts a 29 February birthday on 1 March in other years', () => {
    expect(iso(birthdayAtAge(d('2012-02-29'), 18))).toBe('2030-03-01');
    expect(iso(birthdayAtAge(d('2012-02-29'), 16))).toBe('2028-02-29');
  });

  it('finds the next half term', () => {
    expect(iso(nextHalfTermEnd(d('2025-01-15')))).toBe('2025-02-14');
    expect(iso(nextHalfTermEnd(d('2025-09-10')))).toBe('2025-10-24');
    expect(iso(nextHalfTermEnd(d('2025-03-01')))).toBe('2025-05-23');
  });

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2025-13-01')).toBeNull();
    expect(parseIsoDate('15/01/2025')).toBeNull();
  });
});
