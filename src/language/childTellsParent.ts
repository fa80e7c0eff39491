import { normaliseMessage } from './text';

/*
 * "Rosie would tell me their names when she gets home. She does tell me things, in her own way.":
 * a parent saying how their child tells them about her day, often as how everyone will know an
 * outcome is met. The child talking to them is no disclosure. Any word of harm, fear or a secret
 * beside it leaves the message to the usual reading.
 */

/** "she would tell me", "he tells us", "rosie does tell me things", "she says to me". */
const TELLS_THEM =
  /\b(?:she|he|they|[a-z]+)\s+(?:(?:would|will|does|do|did|can|could|always|often|sometimes|usually|normally|might|may)\s+)*(?:tell|tells|told|say|says|said|show|shows)\s+(?:to\s+)?(?:me|us|her\s+(?:mum|dad|mam|nan|gran)|his\s+(?:mum|dad|mam|nan|gran))\b/;

/** Words of harm, fear, secrets or distress: then it may be a disclosure after all. */
const HARM_OR_FEAR =
  /\b(?:hurt\w*|hit\w*|kick\w*|punch\w*|push\w*|bull\w*|pick\w*\s+on|mean|nasty|horrible|scar\w*|afraid|frighten\w*|fear\w*|worr\w*|secrets?|touch\w*|private|bruis\w*|cr(?:y|ies|ied|ying)|upset|sad|unhappy|alone|lonely|nobody|no\s+one|left\s+out|shout\w*|smack\w*|slap\w*|abus\w*|unsafe|not\s+safe|danger\w*|threat\w*|take\w*|took|stole\w*|laugh\w*\s+at|names?\s+call\w*|call\w*\s+(?:her|him)\s+names)\b/;

/** True when a parent tells how their child tells them things, with no word of harm or fear anywhere in the message. */
export function tellsOfChildTellingThem(text: string): boolean {
  const said = normaliseMessage(text);
  return TELLS_THEM.test(said) && !HARM_OR_FEAR.test(said);
}
