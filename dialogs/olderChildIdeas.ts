import type { YoungPerson } from '../src/domain/draft';
import { Step, type StepId } from './ids';

/*
 * Ideas after "I'm not sure" for a parent or carer of an older child or young person (Year 7 or
 * about 11 and over): a teenager's examples, never "eat with a spoon" or "say hello at nursery".
 * Where a step has no key here, the parent's usual ideas fit any age.
 */

export const OlderChildIdeasText = {
  outcomeStep: 'outcome:notSure.stepTeen',
  outcomeMakesPossible: 'outcome:notSure.makesPossibleTeen',
  hopesDream: 'hopes:notSure.dreamTeen',
  hopesTheme: 'hopes:notSure.themeTeen',
  aboutMeImportant: 'aboutMe:notSure.importantTeen',
} as const;

const OLDER_CHILD_IDEAS: Partial<Record<StepId, string>> = {
  [Step.outcomeStep]: OlderChildIdeasText.outcomeStep,
  [Step.outcomeMakesPossible]: OlderChildIdeasText.outcomeMakesPossible,
  [Step.hopesDream]: OlderChildIdeasText.hopesDream,
  [Step.hopesTheme]: OlderChildIdeasText.hopesTheme,
  [Step.aboutMeImportant]: OlderChildIdeasText.aboutMeImportant,
};

/** Year 7 and over, or 11 and over when the year is not known. */
export function isOlderChild(person: YoungPerson | undefined): boolean {
  if (person?.schoolYear !== undefined) return person.schoolYear >= 7;
  return person?.age !== undefined && person.age >= 11;
}

/** A teenager's ideas at this step for a parent or carer, or undefined when the usual ones fit. */
export function olderChildIdeaKey(step: StepId, person: YoungPerson | undefined): string | undefined {
  return isOlderChild(person) ? OLDER_CHILD_IDEAS[step] : undefined;
}
