import { addDays, compareDates, endOfMonth, parseIsoDate, type CalendarDate } from './schoolCalendar';

/*
 * Festivals that follow the moon move through the calendar year, so no rule gives their date:
 * they are looked up in a table of the days published for the coming years. Eid and Ramadan in
 * the UK can move by a day with the moon sighting; a day either way does not change a plan's
 * "by when". After the last year in the table a festival has no date and is asked again.
 */

export type Festival = 'eid_al_fitr' | 'eid_al_adha' | 'ramadan' | 'diwali' | 'chinese_new_year';

/** The day each festival falls on (Ramadan: its first day), by calendar year. */
const DAYS: Readonly<Record<Festival, readonly string[]>> = {
  ramadan: [
    '2025-03-01', '2026-02-18', '2027-02-08', '2028-01-28', '2029-01-16', '2030-01-06', '2030-12-26',
    '2031-12-15', '2032-12-04', '2033-11-23', '2034-11-12', '2035-11-02',
  ],
  eid_al_fitr: [
    '2025-03-30', '2026-03-20', '2027-03-10', '2028-02-27', '2029-02-14', '2030-02-05', '2031-01-25',
    '2032-01-14', '2033-01-02', '2033-12-23', '2034-12-12', '2035-12-01',
  ],
  eid_al_adha: [
    '2025-06-06', '2026-05-27', '2027-05-16', '2028-05-05', '2029-04-24', '2030-04-13', '2031-04-02',
    '2032-03-22', '2033-03-11', '2034-03-01', '2035-02-18',
  ],
  diwali: [
    '2025-10-20', '2026-11-08', '2027-10-29', '2028-10-17', '2029-11-05', '2030-10-26', '2031-11-14',
    '2032-11-02', '2033-10-22', '2034-11-10', '2035-10-30',
  ],
  chinese_new_year: [
    '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03', '2031-01-23',
    '2032-02-11', '2033-01-31', '2034-02-19', '2035-02-08',
  ],
};

const PARSED = {
  ramadan: DAYS.ramadan.map(toDay),
  eid_al_fitr: DAYS.eid_al_fitr.map(toDay),
  eid_al_adha: DAYS.eid_al_adha.map(toDay),
  diwali: DAYS.diwali.map(toDay),
  chinese_new_year: DAYS.chinese_new_year.map(toDay),
} satisfies Record<Festival, readonly CalendarDate[]>;

function toDay(iso: string): CalendarDate {
  const day = parseIsoDate(iso);
  if (!day) throw new Error(`festival table: ${iso} is not a date`);
  return day;
}

/** Which day of a festival is meant: "by eid" (the day), "before ramadan" (the day before), "after diwali", "the end of ramadan". */
export type FestivalPart = 'by' | 'before' | 'after' | 'end';

/**
 * The coming day of a festival, from `today` (today itself counts), or the one in `year` when a
 * year is said ("eid next year", "diwali 2028"). Null past the end of the table.
 */
function festivalDay(festival: Festival, today: CalendarDate, year?: number): CalendarDate | null {
  const days = PARSED[festival];
  if (year !== undefined) return days.find((d) => d.year === year && compareDates(d, today) >= 0) ?? null;
  return days.find((d) => compareDates(d, today) >= 0) ?? null;
}

/** "eid" alone: whichever Eid comes first. */
function eitherEid(today: CalendarDate, year?: number): CalendarDate | null {
  const fitr = festivalDay('eid_al_fitr', today, year);
  const adha = festivalDay('eid_al_adha', today, year);
  if (!fitr || !adha) return fitr ?? adha;
  return compareDates(fitr, adha) <= 0 ? fitr : adha;
}

/**
 * The end date a festival said as a time stands for: "by eid" the day itself, "before ramadan"
 * the day before it starts, "the end of ramadan" the day before Eid al-Fitr, "after diwali" the
 * end of the month after it (as "after christmas" is the end of January).
 */
export function festivalEnd(festival: Festival | 'eid', part: FestivalPart, today: CalendarDate, year?: number): CalendarDate | null {
  if (festival === 'ramadan' && (part === 'end' || part === 'after')) {
    // Ramadan ends the day before Eid al-Fitr: its end and "after ramadan" are read from that Eid
    // (the coming one, so during Ramadan it is this Ramadan's end).
    const eid = festivalDay('eid_al_fitr', today, year);
    if (!eid) return null;
    return part === 'end' ? addDays(eid, -1) : monthAfter(eid);
  }
  const day = festival === 'eid' ? eitherEid(today, year) : festivalDay(festival, today, year);
  if (!day) return null;
  if (part === 'before') return addDays(day, -1);
  if (part === 'after') return monthAfter(day);
  return day;
}

function monthAfter(day: CalendarDate): CalendarDate {
  return day.month === 12 ? endOfMonth(day.year + 1, 1) : endOfMonth(day.year, day.month + 1);
}
