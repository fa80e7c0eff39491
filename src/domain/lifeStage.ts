import type { YoungPerson } from './draft';

/*
 * Where a young person's days are spent, so questions name places that fit them: a Year 8 pupil is
 * asked about school, a 17-year-old at college about college or work, and a 20-year-old who left
 * school about where they live and go.
 */

type Person = Pick<YoungPerson, 'age' | 'schoolYear' | 'education'> | undefined;

/** The places the safety question names. */
export type SafetyPlaces = 'school' | 'sixthForm' | 'collegeOrWork' | 'learnOrWork' | 'outAndAbout';

/** Eighteen and over: an adult, told "someone you trust" rather than "an adult you trust". */
export function isAdult(person: Person): boolean {
  return (person?.age ?? -1) >= 18;
}

/**
 * Childline takes calls from anyone under 19. From 19 it is not their line, so the help offered is
 * for adults only (Samaritans, Shout, NHS 111, adult social care, 999). An unknown age keeps it:
 * most people chatting are young. Every safeguarding answer that names Childline asks here.
 */
export function childlineIsForThem(person: Person): boolean {
  return (person?.age ?? -1) < 19;
}

export function safetyPlacesOf(person: Person): SafetyPlaces {
  if (person?.education === 'not_at_school') return 'outAndAbout';
  if (person?.education === 'college') return 'collegeOrWork';
  if (person?.education === 'sixth_form') return 'sixthForm';
  if (person?.education === 'school' || person?.education === 'nursery') return 'school';
  const age = person?.age;
  if (age !== undefined && age >= 19) return 'outAndAbout';
  // Year 12 and over (said, or worked out from the age): sixth form, college, training or work.
  if (person?.schoolYear !== undefined) return person.schoolYear >= 12 ? 'learnOrWork' : 'school';
  return age !== undefined && age >= 16 ? 'learnOrWork' : 'school';
}
