import { clausesOf, normaliseMessage } from './text';

/*
 * "Do what? You did not ask me what is the step", "you never asked me the step": said at an
 * outcome's later questions, the person says the bot never asked what the outcome is. The step is
 * asked for now; nothing of this is kept. Each sentence must be this or a puzzled "do what?".
 */

const NOT_ASKED =
  /^(?:(?:but|and|so|wait|sorry|hang on)\s+)*(?:you|u)\s+(?:did not|didnt|did nt|never|have not|havent|not|dont|do not)\s+(?:even\s+|yet\s+)?(?:ask|asked)\s+(?:me\s+|us\s+)?(?:yet\s+)?(?:(?:what|wat)\s+(?:is\s+)?(?:the|my|his|her|a)\s+step(?:\s+is)?|(?:for|about)\s+(?:the|my|his|her|a)\s+step|(?:the|my|his|her|a)\s+step)(?:\s+(?:yet|first|even|at all))*$/;
/** "Do what?", "what?", "huh": puzzled words beside it. */
const PUZZLED = /^(?:do|doing|to do)\s+what$|^(?:what|wat|huh|eh|sorry|what step)$/;

export function saysStepNotAsked(text: string): boolean {
  if (text.length > 200) return false;
  const sentences = clausesOf(text).map((s) => normaliseMessage(s)).filter(Boolean);
  return sentences.some((s) => NOT_ASKED.test(s)) && sentences.every((s) => NOT_ASKED.test(s) || PUZZLED.test(s));
}
