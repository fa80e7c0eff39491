import { readPuzzledTalk } from './puzzledTalk';
import { normaliseMessage, sentencesOf } from './text';

/*
 * Said at "Are you OK?" asked once more: "yes im fine you asked me that already love", "thats the third time youve
 * asked me", "stop asking me the same thing". Worth a short sorry beside their answer. "i just want to know who sees
 * it" beside it is a question of its own, about who sees the plan and the note, to be answered too.
 */

const ASKED_ALREADY =
  /\b(?:(?:you|u)\s*(?:ve|have)?\s+(?:already\s+)?asked\s+(?:me\s+)?(?:that|this|it|before)?\s*(?:already|before|twice|again)|already\s+asked|(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+\s*(?:nd|rd|th))\s+time\s+(?:you\s*(?:ve|have)?|u|uve)?\s*asked|(?:stop|keep|keeps)\s+asking(?:\s+(?:me|us))?(?:\s+(?:that|this|the\s+same(?:\s+thing)?|again))?|same\s+(?:thing|question)\s+again)\b/;

/** Whether the message says they were asked this already. */
export function saysAskedAlready(text: string): boolean {
  return text.length <= 400 && ASKED_ALREADY.test(normaliseMessage(text));
}

/** Whether a sentence of the message asks who sees what they told ("i just want to know who sees it"). */
export function asksWhoSeesBeside(text: string): boolean {
  return sentencesOf(text).some((s) => readPuzzledTalk(s)?.kind === 'whoSees' || /\bwho\s+(?:sees|can\s+see|reads|gets\s+to\s+see|will\s+see)\b/.test(normaliseMessage(s)));
}
