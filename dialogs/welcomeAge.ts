import { z } from 'zod';
import { setYoungPerson } from '../src/domain/draft';
import { ageTurnedIn, schoolYearBeforeBirthday, schoolYearFromAge } from '../src/domain/schoolYear';
import { calendarDay } from '../src/domain/schoolCalendar';
import { parseAgeOrYear, quoteNeed } from '../src/language';
import { worryBeside } from '../src/language/worryBeside';
import { carerOwnAge } from '../src/language/carerOwnAge';
import { SETTINGS, type AgeOrYear, type Setting } from '../src/language/ageOrYear';
import { isAboutAChild, wordsFor } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { matchChoice } from './understand';
import { NOT_AT_SCHOOL, WelcomeText } from './welcomeText';

/*
 * "How old are you, or what year are you in?": a stated school year wins over an age; an age alone
 * at school age asks for the year (it does not fix it from September); "at college" asks the age.
 */

/** Marks the age question while it asks for the school year instead, or for the age alone. */
export const ASKING_YEAR = 'year';
export const ASKING_AGE = 'age';
/** Where they learn ("college", "not_at_school"), kept while the age question asks for the age alone. */
export const SETTING = 'setting';
export const saidSetting = (value: string | undefined): Setting | undefined => z.enum(SETTINGS).safeParse(value).data;
/** An age without a school year: the year worked out from the age and marked as estimated. */
export async function ageByDefault(session: JourneySession, position: Position): Promise<Next> {
  const next: Next = { goTo: { step: Step.welcomeInvite } };
  const age = (await session.draft())?.youngPerson.age;
  if (position.data?.asking === ASKING_YEAR && age !== undefined) {
    const estimate = schoolYearBeforeBirthday(age);
    if (estimate >= 0 && estimate <= 14) {
      const draft = await session.updateDraft('school year estimated', (d) => setYoungPerson(d, { schoolYear: estimate, schoolYearEstimated: true }));
      // A child under 13 on their own is still asked to find an adult when the year was never said.
      const adult = underThirteenAlone(draft.youngPerson) ? [{ key: WelcomeText.ageAskAnAdult }] : [];
      return { ...next, say: [{ key: WelcomeText.ageYearEstimated }, ...adult] };
    }
  }
  return { ...next, say: [{ key: WelcomeText.ageDefaulted }] };
}

export async function answerAge(session: JourneySession, position: Position, text: string): Promise<Next> {
  const next: Next = { goTo: { step: Step.welcomeInvite } };
  const asking = position.data?.asking;
  // "Ha no I am 68!" from a grandparent: their own age, so the child's age is asked again, and it is no miss.
  const draft = await session.draft();
  if (isAboutAChild(draft) && carerOwnAge(text) !== undefined) return { say: [wordsFor(draft, WelcomeText.ageCarerOwn)], goTo: position };
  const said = yearAlone(text, asking) ?? parseAgeOrYear(text);
  // "its sixth form not college" is near the words "Not at school", but names where they are.
  const placeNamed = said.setting !== undefined && said.setting !== 'not_at_school';
  if (asking === ASKING_YEAR && !placeNamed && matchChoice(text, NOT_AT_SCHOOL, session.words)) {
    await session.updateDraft('not at school', (d) => setYoungPerson(d, { education: 'not_at_school' }));
    return next;
  }
  // "at college" said first is still true when the age comes next: no school year is asked of a college student.
  const setting = said.setting ?? saidSetting(position.data?.[SETTING]);
  const parsed = { ...said, ...(setting ? { setting } : {}) };
  // "im 18" again when the school year was asked: the age stands, and the year is worked out from it.
  if (asking === ASKING_YEAR && parsed.schoolYear === undefined && !parsed.setting && parsed.age !== undefined && parsed.age === (await session.draft())?.youngPerson.age) {
    return ageByDefault(session, position);
  }
  if (parsed.age === undefined && parsed.schoolYear === undefined) {
    // Asked for the school year after an age: "at college" or "left school" is the answer, with no year to store.
    if ((parsed.setting === 'not_at_school' || parsed.setting === 'college') && asking === ASKING_YEAR) {
      const education = parsed.setting;
      await session.updateDraft('where they learn', (d) => setYoungPerson(d, { education }));
      return next;
    }
    // "at college", "left school": how old are they?
    if (parsed.setting && asking !== ASKING_AGE) return { goTo: { step: Step.welcomeAge, data: { asking: ASKING_AGE, [SETTING]: parsed.setting } } };
    return { say: [{ key: WelcomeText.ageNotUnderstood }], goTo: position, miss: true };
  }
  const kept = await noteWorryBeside(session, text, await keepAgeOrYear(session, parsed));
  // "It is a sixth form, not a college": the place is read back, as it is not a school or a college.
  if (parsed.setting !== 'sixth_form') return kept;
  return { ...kept, say: [wordsFor(await session.draft(), WelcomeText.ageNotedSixthForm), ...(kept.say ?? [])] };
}

/**
 * "He is 9 but I worry about the secondary school next year": the age is kept, the worry is heard
 * kindly and offered back in their words at the first "what makes it hard?" (needsSafeOffer.ts).
 */
async function noteWorryBeside(session: JourneySession, text: string, kept: Next): Promise<Next> {
  const worry = worryBeside(text);
  if (!worry || kept.miss || kept.goTo?.step === Step.welcomeAge) return kept;
  await session.updateJourney((j) => ({ ...j, hardToOffer: [...(j.hardToOffer ?? []), worry].slice(-5) }));
  return { ...kept, say: [{ key: WelcomeText.ageWorryNoted, vars: { worry: quoteNeed(worry) } }, ...(kept.say ?? [])] };
}

/** A number on its own ("7", "seven", "in 7th"), or with "in": only a school year can be. */
const NUMBER_ALONE = /^\s*(?:(?:its|it s|im in|i m in|hes in|shes in|in)\s+)?([a-z]+|\d{1,2})(?:st|nd|rd|th)?\s*[.!]*\s*$/i;

/**
 * Asked which school year they are in, after an age: "7" or "seven" alone is Year 7, read as
 * "year 7" would be (never a new age). Undefined for anything else.
 */
function yearAlone(text: string, asking: string | undefined): AgeOrYear | undefined {
  if (asking !== ASKING_YEAR) return undefined;
  const number = NUMBER_ALONE.exec(text.replace(/'/g, ' '))?.[1];
  const read = number ? parseAgeOrYear(`year ${number}`) : undefined;
  return read?.schoolYear !== undefined ? { schoolYear: read.schoolYear } : undefined;
}

/**
 * Keeps an age or school year, said at the age question or before it was asked ("hi im Jade im
 * 15"): an ambiguous age asks for the school year; a child under 13 chatting alone is asked to
 * find an adult.
 */
export async function keepAgeOrYear(session: JourneySession, parsed: AgeOrYear): Promise<Next> {
  const next: Next = { goTo: { step: Step.welcomeInvite } };
  // A stated school year wins over an age.
  const schoolYear = parsed.schoolYear ?? (parsed.age !== undefined ? schoolYearFromAge(parsed.age, calendarDay(session.today)) : undefined);
  // Nursery is kept as -1, so the calendar knows Reception is still to come.
  const storedYear = schoolYear !== undefined && schoolYear >= -1 ? schoolYear : undefined;
  const draft = await session.updateDraft('age or school year', (d) =>
    setYoungPerson(d, {
      ...(parsed.age !== undefined ? { age: parsed.age } : {}),
      // A year worked out from the age is marked as estimated, for the key worker to check.
      ...(storedYear !== undefined ? { schoolYear: storedYear, schoolYearEstimated: parsed.schoolYear === undefined } : {}),
      // Where they learn, so later questions fit ("at college", "left school": no "at school").
      ...(parsed.setting ? { education: parsed.setting } : {}),
    }),
  );
  const atSchool = parsed.setting !== 'not_at_school' && parsed.setting !== 'college';
  if (schoolYear === undefined && parsed.age !== undefined && isSchoolAge(parsed.age) && atSchool) {
    return { goTo: { step: Step.welcomeAge, data: { asking: ASKING_YEAR } } };
  }
  // Children under 13 share their plan with a parent or carer (ICO Children's code).
  const underThirteen = (parsed.age ?? (schoolYear !== undefined ? ageTurnedIn(schoolYear) : 99)) < 13;
  if (underThirteen && draft.youngPerson.who === 'self') return { say: [{ key: WelcomeText.ageAskAnAdult }], ...next };
  return next;
}

/** A child under 13 said to be chatting alone, once both their age and who is chatting are known. */
export function underThirteenAlone(person: { who: string; age?: number | undefined; schoolYear?: number | undefined }): boolean {
  const age = person.age ?? (person.schoolYear !== undefined ? ageTurnedIn(person.schoolYear) : 99);
  return person.who === 'self' && age < 13;
}

function isSchoolAge(age: number): boolean {
  return age >= 4 && age <= 18;
}

