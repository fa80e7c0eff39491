import { describe, expect, it } from 'vitest';
import { isParentOrCarer, speaksForThem } from '../../src/domain/aboutWhom';
import { isoDay, longDate, monthAndYear, shortDate } from '../../src/domain/dates';
import { date } from '../../src/domain/schoolCalendar';
import { ageTurnedIn, personOnCalendar, schoolYearBeforeBirthday, schoolYearFromAge } from '../../src/domain/schoolYear';

describe('school years from ages', () => {
  it('reads an age as a school year once birthdays have come (spring and summer)', () => {
    expect(schoolYearFromAge(14, date(2027, 3, 1))).toBe(9);
    expect(schoolYearFromAge(5, date(2027, 6, 30))).toBe(0);
  });

  it('does not guess from an age alone between September and December', () => {
    expect(schoolYearFromAge(14, date(2026, 12, 2))).toBeUndefined();
  });

  it('gives no school year before Reception or after Year 13', () => {
    expect(schoolYearFromAge(4, date(2027, 3, 1))).toBeUndefined();
    expect(schoolYearFromAge(19, date(2027, 3, 1))).toBeUndefined();
  });

  it('a stated school year wins over an age; an age gives one only where it can', () => {
    expect(personOnCalendar({ schoolYear: 9, age: 15 }, new Date('2026-12-02T10:00:00Z'))).toEqual({ today: '2026-12-02', schoolYear: 9, age: 15 });
    expect(personOnCalendar({ age: 14 }, new Date('2027-03-01T10:00:00Z'))).toEqual({ today: '2027-03-01', schoolYear: 9, age: 14 });
    expect(personOnCalendar({ age: 14 }, new Date('2026-12-02T10:00:00Z'))).toEqual({ today: '2026-12-02', age: 14 });
  });

  it('a Year 9 cohort turns 14; before the birthday a 13-year-old may already be in Year 9', () => {
    expect(ageTurnedIn(9)).toBe(14);
    expect(schoolYearBeforeBirthday(13)).toBe(9);
  });
});

describe('dates as people read them', () => {
  it('writes calendar days without shifting them', () => {
    expect(longDate('2026-07-22')).toBe('22 July 2026');
    expect(shortDate('2026-01-05')).toBe('5 Jan 2026');
    expect(monthAndYear('2027-06-02')).toBe('June 2027');
    expect(longDate('2026-12-02T23:30:00.000Z')).toBe('2 December 2026');
    expect(isoDay(new Date('2026-12-02T09:00:00Z'))).toBe('2026-12-02');
  });
});

describe('who the chat is about', () => {
  it('a parent or a supporter answers about the young person; a young person helped answers for themselves', () => {
    expect(speaksForThem({ who: 'parent_carer' })).toBe(true);
    expect(speaksForThem({ who: 'supporter' })).toBe(true);
    expect(speaksForThem({ who: 'helper' })).toBe(false);
    expect(isParentOrCarer({ who: 'supporter' })).toBe(false);
    expect(speaksForThem(undefined)).toBe(false);
  });
});
