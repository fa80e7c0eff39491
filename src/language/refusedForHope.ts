import { readOnce } from './recentReadings';
import { normaliseMessage } from './text';

/*
 * "no i dont want one for that", "i dont want a goal for the holiday", "skip this dream", "nah not
 * for that one", "pass on this one": typed at an open question about one hope, the person says no to
 * it. It is never an answer's words: the question (or this hope's outcome) is skipped instead.
 * "skip" alone is the global command and is not read here; nor is "i dont want to be tired", which
 * says something about them.
 */

const LEAD = /^(?:(?:oh|ok|okay|actually|um+|erm|hmm+|nah+|no+|nope|naw|wait|sorry|tbh|honestly|just|please|pls|lol|ugh+|meh|well|so|yeah|yea|ye)\s+)*/;
const TAIL = /(?:\s+(?:please|pls|plz|then|thanks|thx|lol|tbh|mate|now|anymore|any more|for now|right now|actually|sorry|really|thank you|ta|at all|tho|though|ok|okay|its fine|im good|im ok|i think))+$/;

/** "this dream", "that one", "the holiday one", "my holiday dream": the hope asked about. */
const HOPE = '(?:(?:this|that|the|my)(?:\\s+[a-z]+){0,3}?\\s+(?:one|hope|dream|wish|goal|outcome|thing|idea)|this|that|it|(?:the|my)(?:\\s+[a-z]+){1,4})';
/** "one", "a goal", "any outcome", "a step": a goal of any kind. */
const A_GOAL = '(?:one|(?:a|an|any|a single)\\s+(?:goal|outcome|target|step|aim|plan)s?|(?:goals|outcomes|targets|steps)|any)';
const NEGATED = '(?:i\\s+|we\\s+|he\\s+|she\\s+|they\\s+)?(?:dont|do not|doesnt|does not|dont really|really dont|wont|will not|didnt)';

const REFUSALS: readonly RegExp[] = [
  // "i dont want one for that", "i dont want a goal for the holiday", "dont need any goal for this one", "i dont want one"
  new RegExp(`^${NEGATED}\\s+(?:want|need|wanna|want to (?:do|make|have|set|write)|need to (?:do|make|have|set|write))\\s+(?:to\\s+(?:do|have|make|set)\\s+)?${A_GOAL}(?:\\s+(?:for|about|on|with)\\s+${HOPE})?$`),
  // "i dont want to do this one", "i dont want this dream", "dont wanna do that hope"
  new RegExp(`^${NEGATED}\\s+(?:want|wanna|need)(?:\\s+to\\s+(?:do|have|keep|answer))?\\s+(?:this|that|the)(?:\\s+[a-z]+){0,3}?\\s+(?:one|hope|dream|wish)$`),
  // "no goal for this one", "no outcome for that", "none for this one"
  new RegExp(`^(?:no|none)(?:\\s+(?:goal|outcome|target|step|one)s?)?\\s+(?:for|on|about)\\s+${HOPE}$`),
  // "not this dream", "not that hope", "not for that one", "not for this", "not this one"
  new RegExp(`^not\\s+(?:for\\s+)?(?:this|that)(?:\\s+(?:one|hope|dream|wish))?$`),
  // "skip this dream", "skip the holiday one", "skip this hope", "skip that"
  new RegExp(`^(?:(?:can|could)\\s+(?:we|i|you|u)\\s+|lets\\s+|i\\s+(?:want|wanna|would like|need)\\s+(?:to\\s+)?|id like to\\s+)?(?:just\\s+)?(?:skip|pass(?:\\s+on)?|leave|miss(?:\\s+out)?|move on from|move past|drop|forget about|forget)\\s+(?:this|that|the|my)(?:\\s+[a-z]+){0,3}?\\s+(?:one|hope|dream|wish)(?:\\s+out)?$`),
  // "pass on this", "pass on that"
  /^pass\s+on\s+(?:this|that|it)$/,
];

/** The message without its tail, with and without its lead-in ("no goal for this one" keeps its "no"). */
function readings(text: string): string[] {
  const whole = normaliseMessage(text).replace(TAIL, '').trim();
  return [whole, whole.replace(LEAD, '').trim()].filter((s) => s !== '');
}

/** The message says no to a goal (or to this question) for the hope asked about. */
export const refusesForThisHope = readOnce(refusesForThisHopeAfresh);
function refusesForThisHopeAfresh(text: string): boolean {
  if (text.length > 120) return false;
  return readings(text).some((said) => REFUSALS.some((re) => re.test(said)));
}

/** "skip ...", "i dont want one ...", "dont need to do this": words that open by saying no to the question itself. */
const OPENS_REFUSING =
  /^(?:(?:ok|okay|um+|erm|well|honestly|tbh|no+|nah+|nope)\s+)*(?:skip|(?:i\s+|we\s+)?(?:dont|do not|really dont)\s+(?:really\s+)?(?:want|wanna|need|fancy|feel like)\s+(?:one|a goal|an outcome|any|to do (?:one|this|that|it|anything)|doing (?:one|this|that|it|anything)|this|that|it)\b)/;
/** "no ...", "nah ...": words that open with a no ("no more bullying", "no one" do not). */
const OPENS_WITH_NO = /^(?:no+|nah+|nope|naw)\b(?!\s+(?:more|longer|one|body|matter|problem|worries|way)\b)/;
/** "i said no", "i meant no", "no means no": the take-back says the words were a no. */
const SAID_NO = /\b(?:said|say|meant|mean|told you|typed|put)\s+no\b|\bno means no\b/;

/**
 * Words kept as an answer that were themselves a refusal: taken back, the question is skipped, never
 * asked again. Words opening with a bare "no" count when the take-back says so ("i said no").
 */
export function wasARefusal(words: string, takeBack = ''): boolean {
  const said = normaliseMessage(words);
  return refusesForThisHope(words) || OPENS_REFUSING.test(said) || (OPENS_WITH_NO.test(said) && SAID_NO.test(normaliseMessage(takeBack)));
}
