/*
 * More ways of saying a step that nobody could see done: being ready for a stage of life, learning
 * "about" a topic, catching up with others, carrying on with what they already do, staying out of
 * trouble. Each is a good start that one question can make concrete ("What would you be doing when
 * you are ready for work?"); none is yet an outcome. Read on the step without "I want to" and
 * without empty words at the end.
 */

const OTHERS =
  '(?:(?:the\\s+)?others|(?:the\\s+)?other\\s+(?:kids|children|pupils|students|people)|everyone(?:\\s+else)?|(?:the\\s+)?rest(?:\\s+of\\s+(?:the\\s+)?\\w+)?|(?:the|his|her|my|their)\\s+(?:class(?:mates)?|peers|friends|year(?:\\s+group)?|age\\s+group)|kids\\s+(?:his|her|my|their)\\s+age)';

const KINDS: readonly RegExp[] = [
  // "be ready for work", "feel prepared for adulthood", "become ready to move on".
  /^(?:be|being|feel|feeling|become|becoming)\s+(?:more\s+|fully\s+|really\s+|properly\s+|a\s+bit\s+more\s+)?(?:ready|prepared)\b/,
  // "learn about money", "know more about my condition", "understand about feelings".
  /^(?:learn|learning|know|knowing|find\s+out|understand|understanding)\s+(?:more\s+|a\s+lot\s+|lots\s+|a\s+bit\s+|all\s+)?about\s+(?:[a-z'-]+\s*){1,3}$/,
  // "catch up with the others", "keep up with his class", "be at the same level as his friends".
  new RegExp(`^(?:catch|catching|keep|keeping)\\s+up(?:\\s+with\\s+${OTHERS})?$|^(?:be|get)\\s+(?:at\\s+|to\\s+)?the\\s+same\\s+(?:level|stage|place)\\s+as\\s+${OTHERS}$|^(?:be|get)\\s+where\\s+(?:i|he|she|they)\\s+should\\s+be$`),
  // "keep drawing", "carry on swimming", "continue to read": more of the same, with no change.
  /^(?:keep(?:\s+on)?|carry\s+on|continue)\s+[a-z]+ing(?:\s+[a-z'-]+){0,3}$|^continue\s+(?:to\s+)?[a-z]+(?:\s+[a-z'-]+){0,2}$/,
  // "stop getting in trouble", "not be in trouble", "stay out of trouble".
  /^(?:(?:stop|not|never|don'?t|no\s+more)\s+(?:get(?:ting)?|be(?:ing)?)\s+(?:in(?:to)?\s+)?trouble|(?:stay|keep)(?:ing)?\s+out\s+of\s+trouble)(?:\s+(?:at|in)\s+(?:school|class|college|lessons))?$/,
];

/** A step in one of the vague wordings above (`predicate`: the step without "I want to" and empty endings). */
export function isVagueWording(predicate: string): boolean {
  return KINDS.some((kind) => kind.test(predicate));
}
