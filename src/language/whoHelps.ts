import { familyOrOtherGiverOf } from './helpGiver';

/*
 * "my nan helps me", "miss jo helps me in lessons": who helps, said where something else was asked
 * ("what could you do next because of it?"). That is help for the plan, never what it makes possible.
 */

/** Someone, then a helping word: "my nan helps me", "Jo comes with me", "the TA shows me". */
const SOMEONE_HELPS =
  /^\s*(?:and\s+|but\s+|well\s+)?(?:my|our|the|a|his|her)?\s*((?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[\p{L}']+(?:\s+[\p{L}']+)?)\s+(?:helps|help|will\s+help|can\s+help|is\s+helping|supports|comes\s+with|takes|shows|teaches|sits\s+with)\s+(?:me|him|her|them|us)\b/iu;
/** Staff at school or college, named by their role or title. */
const STAFF = /^(?:(?:mr|mrs|ms|miss|dr)\.?\s+\S+|ta|tas|teacher|teachers|teaching assistant|support worker|key worker|staff|lsa|mentor|tutor)$/i;
/** No person: "it helps me", "that helps me". */
const NOBODY = /^(?:it|that|this|which|what|there|money|practice|music)$/i;

/** Who helps, in their words ("nan", "miss jo"); null when the answer does not say someone helps. */
export function whoHelpsIn(text: string): string | null {
  const who = SOMEONE_HELPS.exec(text)?.[1]?.trim();
  if (!who || NOBODY.test(who)) return null;
  return familyOrOtherGiverOf(text) ?? (STAFF.test(who) ? who : null);
}
