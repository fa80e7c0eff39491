import { normaliseMessage } from './text';

/*
 * "less crisps", "fewer sweets", "no more fizzy drinks" at "what already helps?": something they want
 * to do less of, a goal of their own, never help someone gives. Changes others make stay help:
 * "less homework", "less noise in class", "fewer people in the room", "smaller groups".
 */

const LESS = String.raw`(?:less|fewer|no\s+more|not\s+so\s+many|not\s+as\s+many|not\s+so\s+much|cut\s+down\s+on|stop\s+eating|stop\s+having|eat\s+less|eating\s+less|eat\s+fewer|eating\s+fewer)`;

/** Things a person eats, drinks or does too much of themselves. */
const HABIT = String.raw`(?:crisps|sweets|chocolate|choc|sugar|sugary\s+\w+|junk(?:\s+food)?|fast\s+food|takeaways?|chips|biscuits|cake|cakes|fizzy(?:\s+drinks?|\s+pop)?|pop|energy\s+drinks?|coke|snacks?|snacking|screen\s+time|screens|gaming|games|youtube|tiktok|phone\s+time|time\s+on\s+(?:my|his|her|the)\s+(?:phone|ipad|tablet|xbox|switch))`;

const GOAL = new RegExp(String.raw`^(?:(?:to|i\s+want|i\s+wanna|i\s+need\s+to|trying|try|eat|eating|have|having)\s+)?${LESS}\s+(?:(?:of\s+)?(?:my\s+|the\s+)?)${HABIT}(?:\s+(?:and|or|n)\s+${HABIT})*(?:\s+(?:lol|haha|tbh|really|please|pls))*$`);

export function saysGoalNotHelp(text: string): boolean {
  return GOAL.test(normaliseMessage(text));
}
