import { normaliseMessage } from './text';

/*
 * "Cleaning kennels is not hard", "its not difficult tbh", "that part is easy" at "what makes it
 * hard?": nothing makes it hard. Never kept as a need. A message that goes on ("... but the bus
 * is") names something hard, and is read as usual.
 */
const NOT_HARD =
  /^(?:(?:[a-z]+\s+){0,6}?(?:is|s|are|re|isnt|arent|was|wasnt|aint)|its|thats)\s+(?:not\s+|nt\s+)?(?:really\s+|that\s+|even\s+|very\s+|too\s+)*(?:hard|difficult|a\s+problem|tricky|an\s+issue)(?:\s+(?:for\s+me|for\s+(?:him|her|them)|at\s+all|tbh|really|though|tho|lol|honestly|to\s+be\s+honest))*$/;
const NEGATED = /\b(?:not|isnt|arent|wasnt|aint|nt)\b/;
const EASY = /^(?:(?:[a-z]+\s+){0,6}?(?:is|s|are|re|was)|its|thats)\s+(?:really\s+|quite\s+|pretty\s+|very\s+|so\s+)?(?:easy|fine|ok|okay|no\s+problem)(?:\s+(?:for\s+me|for\s+(?:him|her|them)|tbh|really|lol|honestly))*$/;
const GOES_ON = /\b(?:but|except|only|apart\s+from|although|unless|when|if)\b/;

/** Whether the message only says the thing is not hard ("Cleaning kennels is not hard"). */
export function saysNotHard(text: string): boolean {
  if (text.length > 120) return false;
  const said = normaliseMessage(text).trim();
  if (!said || GOES_ON.test(said)) return false;
  const notHard = NOT_HARD.test(said) && NEGATED.test(said.replace(/\b(?:hard|difficult|tricky)\b.*$/, ''));
  return notHard || EASY.test(said);
}
