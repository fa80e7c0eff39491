import type { YoungPerson } from '../domain/draft';

/*
 * Words shared by the sections of needs (planPart) and of help (helpGiver): services and care
 * named, a course named, and whether the person is an adult out of education.
 */

/** Social care named: "a social care assessment", "social services", "adult social care", a carer's assessment. */
export const SOCIAL_CARE_NAMED = String.raw`(?:adult\s+|children'?s\s+)?social\s+(?:care|services)|care\s+(?:act\s+)?assessments?|carer'?s'?\s+assessments?`;

/**
 * Medical care, wherever it is given: feeds through a tube ("her feeds through the tube", "she is
 * tube fed", "his peg"), suction, oxygen, a catheter, insulin. Health's (Sections C and G), also at
 * school: the words "at school" say where, not who is responsible.
 */
export const MEDICAL_CARE = String.raw`tube[\s-]?fe(?:d|eds?|eding)|(?:feeds?|feeding|fed)\s+(?:through|by|via|down|with)\s+(?:a\s+|the\s+|her\s+|his\s+|my\s+|their\s+)?(?:peg|tube|button|gastrostomy)|(?:peg|ng|nasogastric|gastrostomy|button)\s+(?:tube|feeds?|feeding)|gastrostomy|nasogastric|(?:her|his|my|their)\s+peg|(?:has|have|got)\s+a\s+peg|suction\w*|oxygen|catheter\w*|stoma|insulin|epi-?pens?|medical\s+(?:needs?|care|condition)`;
/**
 * A health service named: the hospital, a clinic or ward, health services for children or adults
 * ("moving to adult services at the hospital", "transition to adult health services").
 */
export const HEALTH_SERVICE = String.raw`hospitals?|clinics?|(?:children'?s|adult|hospital)\s+wards?|(?:adult|children'?s)\s+(?:health\s+)?(?:services?|teams?|clinics?)\s+(?:at|in|from)\s+(?:the\s+)?(?:hospital|clinic)|(?:adult\s+|children'?s\s+)?health\s+(?:services?|teams?)`;

/** Where the person spends their days, as far as the section of a need goes. */
export type NeedPlace = Pick<YoungPerson, 'age' | 'education' | 'schoolYear'> | undefined;

/**
 * An adult not in education (a 22-year-old in supported living, a 17-year-old who left school):
 * said not to be at school or college from 16, or 19 and over with no place said. A child taught
 * at home still has special educational needs.
 */
export function adultNotInEducation(person: NeedPlace): boolean {
  const age = person?.age;
  if (age === undefined) return false;
  return person?.education === 'not_at_school' ? age >= 16 : person?.education === undefined && age >= 19;
}

/**
 * A course or learning named: a need about it is learning's, whoever has it. Life on a course counts
 * ("group work is really hard", "my tutor talks too fast", "deadlines for assignments"): a student of
 * 19 who did not say "college" at the age question is still in education.
 */
export const LEARNING_NAMED =
  /\b(?:college|course|school|sixth\s+form|lessons?|class(?:es|room)?|classmates|exams?|training|apprenticeship|internships?|study|studying|students?|group\s+work|coursework|assignments?|essays?|lectures?|lecturers?|tutors?|tutorials?|teachers?|seminars?|revision|revising|homework|timetable|learning\s+(?:mentor|support)|study\s+buddy)\b/i;
