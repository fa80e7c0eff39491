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

/**
 * A job, paid work, an internship or earning money is employment, whatever hope it sits under
 * ("earn my own money", "work in a shop"). Working at something ("work on my reading", "work hard")
 * is not a job.
 */
const EMPLOYMENT =
  /\b(?:jobs?|work(?!\s+(?:on|hard|out|together|with\s+my\s+(?:teacher|ta|tutor)))(?:ing|s)?|career|internships?|apprentice\w*|traineeships?|earn\w*|wages?|salary|paid|employ\w*|placements?|volunteer\w*|(?:shop|café|cafe|kitchen|office|garage)\s+(?:assistant|worker|job)|(?:in|at)\s+a\s+(?:shop|café|cafe|garage|office|factory|supermarket|salon|nursery|kitchen))\b/i;

/** Getting to work is travel ("take the bus to work"): the place is left out before reading the job. */
const TO_WORK = /\b(?:to|from)\s+(?:my\s+|the\s+|a\s+)?(?:work(?:\s+placement)?|job|placement|internship)\b/gi;

/** Health, with using the toilet and sleeping through the night in their own bed ("stay dry at night"). */
const HEALTH =
  /\b(?:doctors?|dentist|gp|medicine|medication|tablets|exercise|healthy|fitness|gym|sleep\w*|weight|physio\w*|anxiety|calm\s+down|toilet\w*|loo|potty|nappies|nappy|pull[\s-]?ups|continen\w*|wees?|weeing|poos?|pooing|dry\s+(?:at\s+night|all\s+night|in\s+the\s+(?:day|night))|wet\s+the\s+bed|bed[\s-]?wetting|(?:own|his|her|my)\s+bed|bedtime)\b/i;

/** Looking after themselves ("get dressed", "wash my hair", "brush my teeth on my own") is independent living. */
const SELF_CARE = /\b(?:get(?:ting)?\s+dressed|dress\s+(?:my|him|her|them)sel(?:f|ves)|wash\w*|shower\w*|bath(?:e|es|ing)?|brush\w*\s+(?:my|his|her|their)\s+(?:teeth|hair))\b/i;

const COMMUNITY = /\b(?:friends?|mates|clubs?|scouts|cubs|brownies|guides|church|mosque|temple|community|youth\s+(?:group|club)|hang\s+out|go\s+out\s+with|team)\b/i;

/** The area the outcome's own words name, before its theme's: a job is employment, cooking is independent living. */
function areaInWords(statement: string): PfaArea | undefined {
  const living = INDEPENDENT_LIVING.test(statement);
  if (EMPLOYMENT.test(living ? statement.replace(TO_WORK, ' ') : statement)) return 'employment';
  if (living) return 'independent_living';
  if (HEALTH.test(statement)) return 'health';
  if (SELF_CARE.test(statement)) return 'independent_living';
  if (COMMUNITY.test(statement)) return 'community_inclusion';
  return undefined;
}

/** The Preparing for Adulthood area of an outcome, from its words and then its theme, recorded from Year 9 (age 14); undefined before. */
export function pfaAreaOf(
  person: { schoolYear?: number; age?: number },
  theme: ThemeId | null,
  statement = '',
): PfaArea | undefined {
  const fromYear9 = (person.schoolYear ?? -1) >= 9 || (person.age ?? 0) >= 14;
  if (!fromYear9) return undefined;
  return areaInWords(statement) ?? (theme ? AREA_OF_THEME[theme] : undefined);
}
