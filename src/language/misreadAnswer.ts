import { concernByRules } from './concern';
import { normaliseReply } from './polarity';

/*
 * Just after the bot read an answer to "Do you feel safe?" as "not always" and gave the safety
 * words: "i didnt mean that", "that was about the last question", "i was answering the help one".
 * The young person says the answer was misread. Harm told beside it never counts as taking it back.
 */

/** "that was about the last question", "the no was for the help question", "wrong question". */
const ABOUT_ANOTHER_QUESTION =
  /\b(?:that|it|the no|my no|no|i)\s+(?:was|is|were|meant|ment|said)\s+(?:about|for|to|answering|talking about|the answer to)\s+(?:the|my|your|ur|a)\s+(?:last|other|previous|help|first|earlier|question before|one before)\b|\bi\s+(?:was|am|were)\s+(?:answering|replying to|talking about)\s+(?:the|your|ur)\s+(?:last|other|previous|help|earlier)\b|\bwrong\s+question\b|\b(?:you|u)\s+(?:got|read|took)\s+(?:it|that|me)\s+wrong\b|\b(?:you|u)\s+misread\b|\bnot\s+what\s+i\s+meant\b|\bi\s+(?:didnt|did\s+not|never)\s+(?:mean|ment)\s+(?:that|it|to\s+say\s+(?:no|that))\b/;

/**
 * Only a plain "it was misread" takes it back: "its fine nobody hurts me" or "forget it" straight
 * after the safety words is a brush-off to follow up, never a reason to mark the flag.
 */
export function takesBackMisreadAnswer(text: string): boolean {
  const plain = normaliseReply(text);
  if (!plain || plain.length > 300 || concernByRules(text)) return false;
  return ABOUT_ANOTHER_QUESTION.test(plain);
}

/** The choice's own words ("Not always"): tapped, it cannot have been misread. A typed "no" can be about the question before. */
const THE_CHOICE = /^not\s+always$/;

/** Whether an answer to "Do you feel safe?" could have been misread: anything but the choice itself. */
export function couldBeMisread(answer: string): boolean {
  const plain = normaliseReply(answer);
  return Boolean(plain) && !THE_CHOICE.test(plain);
}
