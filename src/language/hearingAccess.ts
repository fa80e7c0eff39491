/*
 * Not hearing in daily life: "me not hear the fire alarm", "i cant hear the teacher", "no
 * interpreter", "nobody signs". For a deaf person these are sensory needs (an area of special
 * educational need, or everyday life for an adult not in education), not talking and not health.
 * Ears as a health matter (glue ear, grommets, infections, hearing tests, implant surgery) and
 * access at a health appointment stay health's; "hearing voices" is never about the ears.
 */

const HEARING_ACCESS =
  /\b(?:(?:not|cant|can't|cannot|couldnt|couldn't|dont|don't|didnt|didn't|doesnt|doesn't|never)\s+(?:\w+\s+)?hear(?:s|ing)?\b(?!\s+what\b)|hard\s+to\s+hear|interpreters?|bsl|british\s+sign\s+language|sign\s+language|lip\s*-?\s*read\w*|subtitles?|(?:nobody|no\s+one|noone)\s+signs?)\b/i;
const EARS_AS_HEALTH =
  /\b(?:glue\s+ear|grommets?|ear\s+infections?|ear\s*ache|hearing\s+(?:tests?|checks?|aids?)|audiolog\w*|(?:cochlear\s+)?implants?|doctors?|gp|hospital|dentist|appointments?|clinic|nurse)\b/i;
/** "so i cant hear dad shouting", "hear voices": not hearing wished for, or hearing as a mind's matter. */
const NOT_ABOUT_THE_EARS =
  /\bhear\w*\s+(?:voices|things\s+that\s+are\s+not\s+there)\b|\bso\s+(?:that\s+)?(?:i|he|she|they|we|you|[a-z]+)\s+(?:\w+\s+)?(?:cant|can't|cannot|dont|don't|wont|won't|couldnt|couldn't|didnt|didn't)\s+(?:hear|lip\s*-?\s*read)\b|\b(?:you|you're|youre|you\s+are)\s+(?:\w+\s+)?(?:not|dont|don't|never)\s+(?:\w+\s+)?hear/i;
/** Harm or fear at home beside it: what is heard is not the need, so the other readings decide. */
const HARM_BESIDE = /\b(?:hit\w*|hurt\w*|shout\w*|scream\w*|fight\w*|bang\w*|thump\w*|laugh\w*|bull\w*|self[\s-]?harm\w*|abuse\w*|grab\w*|bruis\w*|kick\w*|punch\w*|slap\w*|smack\w*|on\s+purpose|teas\w*|mock\w*|pick\w*\s+on)\b/i;

/** The words are about not hearing in daily life (alarms, teachers, interpreters), not ears as health. */
export function saysHearingAccess(text: string): boolean {
  return HEARING_ACCESS.test(text) && !EARS_AS_HEALTH.test(text) && !NOT_ABOUT_THE_EARS.test(text) && !HARM_BESIDE.test(text);
}
