/*
 * "more confidence", "less grumpy", "less behind on work", "fewer meltdowns": how a person would be
 * when things go well. Said where help is asked for, it is what the help would do for them, never
 * help given; "less homework" or "fewer kids in the class" are changes given, and read elsewhere.
 */

/**
 * "more confidence with new people", "more independence", "more grown up and free": a way of being,
 * not something given ("more free time" is given, and read elsewhere).
 */
const MORE_OF_A_WAY =
  /^(?:more|less)\s+(?:confidence|independence|self[\s-]?(?:esteem|belief|confidence)|happiness|courage|resilience|patience|motivation|fun|grown[\s-]?up|adult(?!\s+(?!and\b)[a-z])|mature|free(?!\s+(?:time|periods?|lessons?|travel|transport|bus|pass|meals?|places?|sessions?|hours?))|freedom|independent|confident|relaxed|calm|happy|proud|normal|capable|in\s+control|settled|safe|myself|like\s+(?:me|myself|an?\s+adult|everyone\s+else|the\s+others))\b/i;

/** "less behind on work", "less grumpy", "not as stressed": a state of the person going down. */
const LESS_OF_A_STATE =
  /^(?:(?:a\s+(?:lot|bit)|much|way|far)\s+)?(?:less|not\s+as|not\s+so)\s+(?:behind|grumpy|moody|stroppy|snappy|cross|angry|stressed|anxious|worried|nervous|scared|tired|exhausted|upset|frustrated|overwhelmed|wound\s+up|fed\s+up|lonely|bored|sad|down|miserable|tearful|clingy|irritable)\b/i;

/** "less meltdowns", "fewer panic attacks", "less frustration, less biting": distress, or what it drives them to, going down. */
const LESS_DISTRESS =
  /^(?:(?:a\s+lot|much|way|far)\s+)?(?:less|fewer|no\s+more|not\s+as\s+many|not\s+so\s+many)\s+(?:\w+\s+)?(?:meltdowns?|melt\s+downs?|frustration|frustrations|biting|bites|hitting|kicking|scratching|spitting|pinching|screaming|shouting|swearing|aggression|anger|distress|upset|sadness|fear|pain|running\s+off|absconding|head[\s-]?banging|self[\s-]?injury|hurting\s+(?:himself|herself|themselves|myself|others)|shutdowns?|tantrums?|outbursts?|panic\s+attacks?|anxiety|stress|worry|worries|upsets?|fights?|arguments?|rows|tears|crying|exclusions?|detentions?|incidents?|accidents|nightmares|self[\s-]?harm)\b/i;

/** True when the words, without a lead-in, say how the person would be rather than what they are given. */
export function isAWayOfBeing(words: string): boolean {
  return MORE_OF_A_WAY.test(words) || LESS_OF_A_STATE.test(words) || LESS_DISTRESS.test(words);
}
