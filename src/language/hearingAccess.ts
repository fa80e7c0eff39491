/*
 * Not hearing in daily life: "me not hear the fire alarm", "i cant hear the teacher", "no
 * interpreter", "nobody signs". For a deaf person these are sensory needs (an area of special
 * educational need, or everyday life for an adult not in education), not talking and not health.
 * Ears as a health matter (glue ear, grommets, infections, hearing tests, implant surgery) and
 * access at a health appointment stay health's; "hearing voices" is never about the ears.
 */

const HEARING_ACCESS =
  /\b(?:(?:not|cant|can't|cannot|couldnt|couldn't|dont|don't|didnt|didn't|doesnt|doesn't|never|no)\s+(?:\w+\s+)?hear\w*|hard\s+to\s+hear|deaf\w*|interpreters?|bsl|british\s+sign\s+language|sign\s+language|lip\s*-?\s*read\w*|subtitles?|captions?|fire\s+alarms?|(?:nobody|no\s+one|noone)\s+signs?|hearing\s+loss|hearing\s+impair\w*)\b/i;
const EARS_AS_HEALTH =
  /\b(?:glue\s+ear|grommets?|ear\s+infections?|ear\s*ache|hearing\s+(?:tests?|checks?)|audiolog\w*|(?:cochlear\s+)?implants?\s+(?:surgery|operation)|doctors?|gp|hospital|dentist|appointments?|clinic|nurse)\b/i;
const VOICES = /\bhear\w*\s+(?:voices|things\s+that\s+are\s+not\s+there)\b/i;

/** The words are about not hearing in daily life (alarms, teachers, interpreters), not ears as health. */
export function saysHearingAccess(text: string): boolean {
  return HEARING_ACCESS.test(text) && !EARS_AS_HEALTH.test(text) && !VOICES.test(text);
}
