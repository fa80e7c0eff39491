import { addYears, compareDates, formatIsoDate, parseIsoDate } from '../domain/schoolCalendar';

/*
 * "by my 12th birthday in march" said at 10: the next March is the 11th birthday, so the time meant
 * is the March a year later. The birthday named counts the years on from the next one.
 */

/** "my 12th", "his 6th birthday", "her 16th bday": a birthday named by the age it brings. */
const NTH_BIRTHDAY = /\b(?:my|his|her|their)\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

/** "by the time im 14. my birthday is 20 june", "before i turn 25, my bday is in november": an age reached on the birthday said. */
const AGE_ON_BIRTHDAY = /\b(?:i'?m|im|i\s+am|turn|turns|he'?s|she'?s|(?:he|she)\s+is)\s+(\d{1,2})\b(?=.*\b(?:birthday|bday|b-day)\b)/i;

/** The date moved on to the year of the birthday named, when the age is known and it is later than the next one. */
export function birthdayYearsAhead(own: string, date: string, context: { today: string; age?: number }): string {
  const said = NTH_BIRTHDAY.exec(own) ?? AGE_ON_BIRTHDAY.exec(own);
  const today = parseIsoDate(context.today);
  const end = parseIsoDate(date);
  if (!said || context.age === undefined || !today || !end) return date;
  const later = Number(said[1]) - (context.age + 1);
  // Only a date within the coming year is the next birthday's; one already further on was read whole.
  if (later <= 0 || later > 20 || compareDates(end, addYears(today, 1)) > 0) return date;
  return formatIsoDate(addYears(end, later));
}
