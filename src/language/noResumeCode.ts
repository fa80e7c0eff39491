import { findResumeCode } from '../domain/resumeCode';
import { findInviteCode, readInvite } from './inviteAnswer';
import { normaliseReply, readPolarity } from './polarity';

/*
 * At "Please type your code", people who have none say so in their own words: "I do not have a
 * code", "no code, I'm new", "never done this before", "first time", "oh I thought that was the
 * other code". None of that is a wrong code: it must not count as a try, nor be told "that code
 * didn't work". Anything that could be a code is always tried as one.
 */

/** Being new: a first time, never before, just starting. */
const NEW_HERE =
  /\b(?:(?:im|i am|were|we are|its|it is)\s+(?:(?:brand|totally|completely|quite|very|all)\s+)?new\b|new (?:here|to (?:this|it|all this))|first (?:time|go|visit|try)|(?:never|not) (?:done|used|tried|been on|been here|did|had|started|made|saved|doing|using) (?:this|it|one|the bot|a code|any)\b|(?:never|not) (?:done|used|tried) (?:this|it) before|never before|havent (?:started|done|used|saved)|have not (?:started|done|used|saved)|(?:just|only) (?:started|starting|begun|beginning)|(?:want|wanna|like|id like) to (?:start|begin)|start (?:again|new|fresh|over|from (?:the )?(?:start|beginning))|(?:a |the )?new (?:one|chat|start)|wrong (?:button|thing|option)|by mistake|(?:didnt|did not) mean (?:that|it|to)|(?:i )?(?:thought|meant) (?:it was|that was|the) (?:the )?(?:other|key ?worker|school|teacher)|what code|which code)\b/;

/** True when a reply to "Please type your code" says there is no code to type. */
export function saysNoResumeCode(text: string): boolean {
  if (findResumeCode(text) || findInviteCode(text)) return false;
  const plain = normaliseReply(text);
  if (!plain) return false;
  if (NEW_HERE.test(plain)) return true;
  if (readInvite(text)?.code === null) return true;
  const { answer } = readPolarity(text);
  return answer === 'no';
}

/** A question's opening words, or a question mark at its end. */
const ASKED = /^(?:(?:so|um+|erm+|ok|and|but|sorry|wait|hang on)\s+)*(?:where|wheres|how|hows|when|which|what|whats|wat|wot|is|are|was|do|does|did|can|could|will|would|should|have|has|did)\b/;

/**
 * "Where would the code be?", "where did you give it to me?", "is it on my email?": asking where a
 * code comes from, with nothing in it that could be a code. Answered, never "no code" nor a try.
 */
export function asksWhereTheCodeIs(text: string): boolean {
  if (findResumeCode(text) || findInviteCode(text)) return false;
  const plain = normaliseReply(text);
  if (!plain || NEW_HERE.test(plain) || /\b(?:start|begin|without)\b/.test(plain) || readPolarity(text).answer === 'no') return false;
  return /\?\s*$/.test(text.trim()) || ASKED.test(plain);
}
