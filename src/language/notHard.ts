import { normaliseMessage } from './text';
import { saysNothingMore } from './moreAnswer';
import { readPolarity } from './polarity';

/*
 * "Cleaning kennels is not hard", "its not difficult tbh", "that part is easy" at "what makes it
 * hard?": nothing makes it hard. Never kept as a need. A message that goes on ("... but the bus
 * is") names something hard, and is read as usual.
 */
const NOT_HARD =
  /^(?:(?:[a-z]+\s+){0,6}?(?:is|s|are|re|isnt|arent|was|wasnt|aint)|its|thats)\s+(?:not\s+|nt\s+)?(?:really\s+|that\s+|even\s+|very\s+|too\s+)*(?:hard|difficult|a\s+problem|tricky|an\s+issue)(?:\s+(?:for\s+me|for\s+(?:him|her|them)|at\s+all|tbh|really|though|tho|lol|honestly|to\s+be\s+honest))*$/;
const NEGATED = /\b(?:not|isnt|arent|wasnt|aint|nt)\b/;
const EASY = /^(?:(?:[a-z]+\s+){0,6}?(?:is|s|are|re|was)|its|thats)\s+(?:really\s+|quite\s+|pretty\s+|very\s+|so\s+)?(?:easy|fine|ok|okay|no\s+problem)(?:\s+(?:for\s+me|for\s+(?:him|her|them)|tbh|really|lol|honestly))*$/;
/** "no", "nah" before it, and "its good", "i like it" after it, only say the same again. */
const NO_LEAD = /^(?:no|nah|nope|naw|na)\s+/;
const GOOD_TAIL = /\s+(?:(?:its|it\s+is|thats|that\s+is)\s+(?:really\s+|so\s+|actually\s+|well\s+)?(?:good|fine|ok|okay|easy|great|alright|fun|grand|cool)|i\s+(?:like|love|enjoy)\s+(?:it|that|doing\s+it))(?:\s+(?:lol|tbh|really|actually|haha|honestly))*$/;
const GOES_ON = /\b(?:but|except|only|apart\s+from|although|unless|when|if)\b/;

/** Whether the message only says the thing is not hard ("Cleaning kennels is not hard"). */
export function saysNotHard(text: string): boolean {
  if (text.length > 120) return false;
  const said = normaliseMessage(text).trim().replace(NO_LEAD, '').replace(GOOD_TAIL, '');
  if (!said || GOES_ON.test(said)) return false;
  const notHard = NOT_HARD.test(said) && NEGATED.test(said.replace(/\b(?:hard|difficult|tricky)\b.*$/, ''));
  return notHard || EASY.test(said);
}

/** Words that only lead on from the "no": "no wait, ...", "no actually ...", "no, something does: ...". */
const AFTER_NO_LEAD = /^(?:(?:wait|actually|oh|sorry|hang\s+on|hold\s+on|well|yes|yeah|something\s+does|it\s+does|there\s+is|theres)\b[\s,.;:!-]*)+/i;

/**
 * "no wait, loud busy places and when people stare at me" at "So nothing makes this hard?": the
 * "no" says something does, and the words after it are the hard thing. Undefined when no hard
 * thing follows the "no" ("no", "no nothing else", "no?").
 */
export function hardAfterNo(text: string): string | undefined {
  const { answer, rest } = readPolarity(text);
  if (answer !== 'no') return undefined;
  const item = rest.replace(/^[\s,.;:!-]+/, '').replace(AFTER_NO_LEAD, '').trim();
  if (item.split(/\s+/).length < 2 || /\?\s*$/.test(item) || saysNothingMore(text) || saysNotHard(item) || saysNothingIsHard(item)) return undefined;
  return item;
}

/** A short remark after "nothing" that only says why: "its just fun", "its easy", "i like it". */
const WHY_NOTHING = String.raw`(?:(?:its|it\s+is|thats|that\s+is|it\s+s)\s+(?:just\s+|really\s+|so\s+|actually\s+|well\s+|all\s+)?(?:good|fine|ok|okay|easy|great|alright|fun|grand|cool|chill)|i\s+(?:like|love|enjoy)\s+(?:it|that|doing\s+it))`;
const NOTHING_AT_ALL =
  /^(?:(?:ye|yes|yeah|yea|yep|yup|yh|ya|ok|okay|correct|right|true|nah|no|nope|na)\s+)*(?:nothing|nothin|nuthin|nowt|none|not\s+anything)(?:\s+(?:really|rly|at\s+all|tbh|honestly|lol))*(?:\s+WHY)?(?:\s+(?:really|tbh|lol|haha|honestly))*$/;
const NOTHING_WITH_WHY = new RegExp(NOTHING_AT_ALL.source.replace('WHY', WHY_NOTHING));

/**
 * "ye nothing its just fun" at "So nothing makes this hard now?": a yes, nothing is hard, and the
 * words after "nothing" only say why. Anchored at both ends, so "nothing except when people shout"
 * or any other words after it are read as usual.
 */
export function saysNothingIsHard(text: string): boolean {
  if (text.length > 80) return false;
  return NOTHING_WITH_WHY.test(normaliseMessage(text).trim());
}

/** "wait what i said nothing is hard", "i said nothing": a correction, nothing is hard for this hope. */
const SAID_NOTHING =
  /^(?:(?:wait|no|nah|hang\s+on|hold\s+on|oi|erm|um+|what|wat|huh|but|hey|sorry)\s+)*(?:what\s+|but\s+)?(?:i\s+(?:said|say|meant|mean|told\s+(?:you|u|ya))\s+(?:that\s+)?(?:nothing|nothin|nuthin|nowt)(?:\s+(?:is|was|s|makes\s+it))?(?:\s+(?:hard|difficult|a\s+problem))?|(?:nothing|nothin|nuthin|nowt)\s+(?:is|was|s)\s+(?:hard|difficult|a\s+problem)\s+i\s+(?:said|say|meant))(?:\s+(?:for\s+(?:this|that|it)|about\s+(?:this|that|it)|lol|tho|though|already|before))*$/;

/** Whether the message says the person had said nothing is hard (and something was kept anyway). */
export function saidNothingIsHard(text: string): boolean {
  if (text.length > 80) return false;
  return SAID_NOTHING.test(normaliseMessage(text).trim());
}
