import { saysHardThing } from './hardThing';
import { normaliseMessage } from './text';

/*
 * "im on internship at hospital kitchen", "i do a placement at a cafe", "i work at tesco": said at
 * "what makes it hard?", this tells what they do now. It is part of who they are (a strength), not
 * a barrier. Only a short message that says nothing else counts: "and", "but", trouble, a wish or a
 * hard thing beside it makes it something to read as usual (and a worry is always heard first).
 */

const PROGRAMME = String.raw`(?:(?:supported|work|college|job)\s+)?(?:internship|traineeship|apprenticeship|placement|work\s+experience)`;
/** "im on (a) internship", "I am on a supported internship", "i do a placement", "im doing an apprenticeship". */
const ON_PROGRAMME = new RegExp(
  String.raw`^(?:i\s+am|im|i\s+m|i\s+do|i\s+go\s+on|i\s+go\s+to)\s+(?:(?:currently|now|still|already)\s+)?(?:(?:on|doing|at|in)\s+)?(?:(?:a|an|my|the)\s+)?${PROGRAMME}\b`,
);
/** "i work at tesco", "im working in a kitchen", "i volunteer at the charity shop". */
const WORKS_AT = /^(?:i\s+(?:work|volunteer)|i\s*m\s+(?:working|volunteering)|i\s+am\s+(?:working|volunteering))\s+(?:at|in|for)\s+\w/;
/** Anything beyond the plain fact: more than one thing, trouble, a wish, a reason or a question. */
const MORE_THAN_NOW =
  /\b(?:and|but|n|not|nt|never|no|cant|cannot|dont|doesnt|wont|hard|difficult|tricky|struggl\w*|scared|scary|worried|anxious|nervous|upset|hate|hates|bad|want|wanna|wish|hope|would|id|like|need|needs|help|when|if|because|cos|coz|so|though|tho|why|how|what)\b/;
const MAX_WORDS = 12;

/** Whether the message only tells what they do now: a placement, an internship, a job. */
export function saysWhatTheyDoNow(text: string): boolean {
  if (/\?/.test(text)) return false;
  const said = normaliseMessage(text);
  if (!said || said.split(' ').length > MAX_WORDS) return false;
  if (!ON_PROGRAMME.test(said) && !WORKS_AT.test(said)) return false;
  return !MORE_THAN_NOW.test(said) && !saysHardThing(said);
}
