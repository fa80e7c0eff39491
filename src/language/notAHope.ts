import { normaliseMessage } from './text';

/*
 * "no thats wrong, thats not a hope thats what he struggles with", "that's a problem not a hope":
 * the hope just kept was something hard. Said about the last answer, never a new one.
 */

const NOT_A_HOPE = /\b(?:not|isnt|isn t|wasnt|wasn t|aint|never)\s+(?:really\s+)?(?:a|an|my|his|her|their|one of (?:my|his|her|the))?\s*(?:hope|dream|goal|wish|aspiration)s?\b/;
const HARD = /\b(?:struggles?|struggling|struggle|finds?\s+(?:\w+\s+)?hard|hard|difficult|difficulty|difficulties|problems?|issues?|needs?|barriers?|cant|can t|cannot|worries|worry|worried|anxious|anxiety|diagnosis|condition|what\s+(?:makes|gets|stops))\b/;
/** "thats what he struggles with", "its something she finds hard", "that was a problem". */
const IS_HARD =
  /^(?:(?:no|nah|oh|wait|sorry|oops)\s+)*(?:that|thats|that s|that is|that was|its|it s|it is|it was|this is)\s+(?:actually\s+|really\s+|more\s+)?(?:what|something)\s+(?:he|she|they|i|we|\w+)\s+(?:struggles?|finds?\s+(?:\w+\s+)?hard|cant|can t|has\s+trouble|worries)\b|^(?:(?:no|nah|oh|wait|sorry|oops)\s+)*(?:that|thats|that s|that is|that was|its|it s|it is|it was)\s+(?:a|the|his|her|their|my)\s+(?:problem|difficulty|struggle|need|barrier|worry)\b.*\bnot\s+(?:a|the)?\s*(?:hope|dream)\b/;

/** The message says the last hope was something hard, not a hope. */
export function saysLastHopeIsHard(text: string): boolean {
  const said = normaliseMessage(text);
  if (said.length > 200) return false;
  if (IS_HARD.test(said)) return true;
  return NOT_A_HOPE.test(said) && HARD.test(said.replace(NOT_A_HOPE, ' '));
}
