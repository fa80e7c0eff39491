import type { PfaArea, ThemeId } from './vocabulary';

const AREA_OF_THEME: Readonly<Record<ThemeId, PfaArea>> = {
  learning_and_work: 'employment',
  independent_living: 'independent_living',
  friends_and_community: 'community_inclusion',
  health_and_wellbeing: 'health',
};

/**
 * Cooking, money, bills, travel, driving and a home of one's own are independent living in the
 * Preparing for Adulthood areas, whatever hope they sit under (driving to work is still driving).
 */
const INDEPENDENT_LIVING =
  /\b(?:cook\w*|meals?|money|budget\w*|bills?|rent|driv\w*|bus(?:es)?|trains?|travel\w*|get\s+(?:about|around)|(?:live|living|flat|house|home)\s+(?:on\s+my\s+own|by\s+myself|independently)|(?:my|a)\s+own\s+(?:flat|house|home|place)|live\s+(?:on\s+my\s+own|alone|independently)|move\s+out|shopping)\b/i;

/** The Preparing for Adulthood area of an outcome's theme, recorded from Year 9 (age 14); undefined before. */
export function pfaAreaOf(
  person: { schoolYear?: number; age?: number },
  theme: ThemeId | null,
  statement = '',
): PfaArea | undefined {
  const fromYear9 = (person.schoolYear ?? -1) >= 9 || (person.age ?? 0) >= 14;
  if (!fromYear9) return undefined;
  if (INDEPENDENT_LIVING.test(statement)) return 'independent_living';
  return theme ? AREA_OF_THEME[theme] : undefined;
}
