import { RemarkPattern } from './remarkPatterns';
import { normaliseMessage } from './text';

/*
 * A remark said at a question, with no answer in it: "I hadn't thought of that", "good question",
 * "She's only six". It is heard kindly and never kept; the same question is asked again. Only a
 * whole message is read this way: "she's only six so she needs help to wipe" is an answer.
 */

export type PassingRemark = 'thinking' | 'told';

const OPENER = RemarkPattern.opener;

/** "I hadn't thought of that", "good question", "that's a tricky one": thinking out loud. */
const THINKING = new RegExp(
  `^${OPENER}(?:i\\s+(?:hadnt|had not|havent|have not|never|didnt|did not)\\s+(?:really\\s+|ever\\s+|even\\s+)?(?:thought|think)\\s+(?:of|about)\\s+(?:that|this|it)|never\\s+thought\\s+(?:of|about)\\s+(?:that|this|it)|(?:(?:that|thats|that s|that is|its|it s|it is)\\s+(?:a\\s+)?(?:really\\s+|very\\s+)?)?(?:good|hard|tough|tricky|big|difficult|great|interesting)\\s+(?:question|one))(?:\\s+(?:before|really|actually|yet|to be honest|tbh))*$`,
);

/** "She's only six", "he's still little": their age said beside the question, no answer to it. */
const ONLY_AGE =
  /^(?:s?he|they)\s*(?:is|s|are|re)?\s+(?:only|just|still)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|little|small|young|a baby|a toddler)(?:\s+(?:years? old|yrs? old|now|yet|really))*$/;

/** "it IS my dream lol", "that really is his dream tho": the hope said to be theirs, with nothing new in it. */
const AFFIRMED =
  /^(?:(?:yes|yeah|yh|ye|yep|but|well|um|erm|no|honestly|like)\s+)*(?:it|that|this|thats|that s|its|it s)\s+(?:is\s+|s\s+)?(?:(?:really|honestly|actually|definitely|totally|still|truly|deffo|defo)\s+)*(?:is\s+)?(?:my|his|her|their|our)\s+(?:(?:big|biggest|real|actual|main|one|only|true|whole)\s+)?(?:dream|hope|goal|wish|aim)(?:\s+(?:lol|haha|ha|lmao|tho|though|honestly|tbh|really|for real|fr|ngl|innit|too|tho lol|you know|ok|okay))*$/;

/** The kind of remark the whole message is, or null when it may hold an answer. */
export function passingRemark(text: string): PassingRemark | null {
  const said = normaliseMessage(text);
  if (!said || said.split(' ').length > 12) return null;
  if (THINKING.test(said)) return 'thinking';
  if (ONLY_AGE.test(said) || AFFIRMED.test(said)) return 'told';
  return null;
}

/**
 * "You gave that example before", "you already used that one": the bot said the same thing again.
 * A complaint about the chat, never an answer.
 */
export const SAID_SAME_BEFORE =
  /^(?:you|u)\s+(?:already\s+|just\s+)?(?:gave|give|given|used|use|showed|show|said|say|suggested|told me|mentioned)\s+(?:me\s+|us\s+)?(?:that|this|the same|those|these)(?:\s+(?:example|examples|idea|ideas|one|ones|thing|question|suggestion))?(?:\s+(?:before|already|earlier|last time|just now|again))+$|^(?:same|that)\s+(?:example|examples|idea)\s+(?:again|as before)$/;
