import { setYoungPerson } from '../src/domain/draft';
import { calendarDay } from '../src/domain/schoolCalendar';
import { schoolYearFromAge } from '../src/domain/schoolYear';
import { ageSaidLate } from '../src/language/ageSaidLate';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';

/*
 * "hes 4 by the way you didnt let me say. starts reception next september", said after the age
 * question was left for now: the age and school year are kept whenever they are said, so dates
 * and examples fit the child. A stated school year wins over one worked out from the age.
 */

/** Whether the age or school year was said and kept; the open question is asked again after it. */
export async function ageKeptLate(session: JourneySession, at: Position | undefined, text: string): Promise<boolean> {
  // Before and at the age question, the welcome reads the age itself.
  if (!at || (at.stage === 'welcome' && at.step !== Step.welcomeInvite)) return false;
  const said = ageSaidLate(text);
  if (!said) return false;
  const person = (await session.draft())?.youngPerson;
  if (!person) return false;
  const yearKnown = person.schoolYear !== undefined && !person.schoolYearEstimated;
  // Only what is missing is filled in: a known age or year is put right through the review, never by a passing remark.
  const age = person.age === undefined ? said.age : undefined;
  const stated = yearKnown ? undefined : said.schoolYear;
  const worked = yearKnown || stated !== undefined || person.schoolYear !== undefined || age === undefined ? undefined : schoolYearFromAge(age, calendarDay(session.today));
  const schoolYear = stated ?? (worked !== undefined && worked >= -1 ? worked : undefined);
  if (age === undefined && schoolYear === undefined) return false;
  await session.updateDraft('age or school year said later', (d) =>
    setYoungPerson(d, {
      ...(age !== undefined ? { age } : {}),
      ...(schoolYear !== undefined ? { schoolYear, schoolYearEstimated: stated === undefined } : {}),
    }),
  );
  return true;
}
