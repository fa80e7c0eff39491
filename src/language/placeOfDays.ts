import type { Draft } from '../domain/draft';
import type { NeedPlace } from './planPart';
import { foldCase } from './text';
import { onStudyPlacementNow } from './studyPlacement';

/*
 * Where a young person spends their days decides the section of many needs: a 19-year-old on a
 * supported internship is still in education, so help with the internship is education's (B and F).
 * The age question does not always hear it; a hope or an "about me" answer often does ("i'm on a
 * supported internship at the hospital"). Only a place they are on now counts: "i want to go to
 * college" is a hope, not a place; "i'm an autistic college student" and "i study art at college" say one.
 */

const COURSE = String.raw`(?:supported\s+)?internships?|traineeships?|apprenticeships?|college|sixth\s+form|(?:a\s+|my\s+|his\s+|her\s+)?(?:\w+\s+)?course|training(?:\s+(?:course|programme|scheme))?|study\s+programme|uni|university`;
/** "i'm on a supported internship", "he's at college", "she is doing a course", "i go to college". */
const ON_A_COURSE_NOW = new RegExp(
  String.raw`\b(?:(?:i\s*a?m|i'm|he\s*is|he's|hes|she\s*is|she's|shes|they\s*are|they're|theyre)\s+(?:(?:now|still|currently|already|in\s+my\s+\w+\s+year)\s+)*(?:on|at|in|doing|attending)\s+(?:(?:a|an|my|his|her|their|the)\s+)?(?:${COURSE})|(?:i|he|she|they)\s+(?:go|goes|attend|attends)\s+(?:to\s+)?(?:a\s+|the\s+)?(?:${COURSE})|(?:my|his|her|their)\s+(?:supported\s+)?internship\s+(?:is|at|with)\b|\b(?:at|on|in)\s+(?:my|his|her|their)\s+(?:supported\s+)?(?:internship|traineeship)\b|(?:i\s*a?m|i'm|he\s*is|he's|hes|she\s*is|she's|shes|they\s*are|they're|theyre)\s+(?:(?:now|still|currently|already)\s+)?an?\s+(?:\w+\s+)?(?:college|sixth\s+form|uni|university)\s+student|(?:i|he|she|they)\s+(?:study|studies)\s+(?:\w+\s+){0,3}?at\s+(?:a\s+|the\s+)?(?:college|sixth\s+form|uni|university))`,
  'i',
);

/** Says they are on a course, an internship or training now. */
export function saysOnACourseNow(text: string): boolean {
  const said = foldCase(text).replace(/[\u2018\u2019]/g, "'");
  return ON_A_COURSE_NOW.test(said) || onStudyPlacementNow(said.toLowerCase());
}

/**
 * Where the person spends their days, for the section of a need or of help: what the age question
 * heard, else a course or internship they said they are on (kept as college, as a supported
 * internship is a college study programme).
 */
export function placeOfDays(draft: Pick<Draft, 'youngPerson' | 'aspirations' | 'aboutMe'> & { needs?: ReadonlyArray<{ text: string }> }): NeedPlace {
  const person = draft.youngPerson;
  if (person.education !== undefined) return person;
  // A needs answer often says it too: "I forget my break times at my internship".
  const said = [...draft.aspirations.map((a) => a.text), ...draft.aboutMe.strengths, ...draft.aboutMe.important, ...draft.aboutMe.support, ...(draft.needs ?? []).map((n) => n.text)];
  return said.some(saysOnACourseNow) ? { ...person, education: 'college' } : person;
}

/** In education or training now: a place of learning said, or a school year below the sixth form's end. */
export function inEducationNow(person: NeedPlace): boolean {
  const education = person?.education;
  if (education !== undefined) return education !== 'not_at_school';
  return person?.schoolYear !== undefined;
}
