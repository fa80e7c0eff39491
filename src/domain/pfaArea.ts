import type { PfaArea, ThemeId } from './vocabulary';

const AREA_OF_THEME: Readonly<Record<ThemeId, PfaArea>> = {
  learning_and_work: 'employment',
  independent_living: 'independent_living',
  friends_and_community: 'community_inclusion',
  health_and_wellbeing: 'health',
};

/** The Preparing for Adulthood area of an outcome's theme, recorded from Year 9 (age 14); undefined before. */
export function pfaAreaOf(person: { schoolYear?: number; age?: number }, theme: ThemeId | null): PfaArea | undefined {
  const fromYear9 = (person.schoolYear ?? -1) >= 9 || (person.age ?? 0) >= 14;
  return fromYear9 && theme ? AREA_OF_THEME[theme] : undefined;
}
