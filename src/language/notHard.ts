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
  if (item.split(/\s+/).length < 2 || /\?\s*$/.test(item) || saysNothingMore(text) || saysNotHard(item)) return undefined;
  return item;
}
