import { recogniseYesNo } from './yesNo';
import { normaliseMessage } from './text';

/*
 * "i said yes. you said it wont go in my plan", "i said no!! you put yes": the person says what
 * they answered to the question before, and that the bot read it the other way. It is about the
 * last answer, never an answer to the open question, and never kept as one.
 */

export interface SaidBefore {
  /** What they say they answered. */
  said: 'yes' | 'no';
  /** They also say what the bot did with it ("you said it wont go in my plan"): a complaint, not only a reminder. */
  complains: boolean;
}

/** "i said yes", "i already told you yes", "i pressed yes", "i did say yes". */
const SAID = /^(?:(?:but|no|nah|wait|hang on|um+|erm|oi|ugh+|omg|sorry)\s+)*i\s+(?:already\s+|just\s+|did\s+|definitely\s+|clearly\s+)?(?:said|say|sed|told\s+(?:you|u)|answered|pressed|clicked|tapped|picked|chose|put|typed|wrote)\s+(.+)$/;

/**
 * What the bot said or did with the answer, told back to it: "you said it wont go in my plan",
 * "u put no", "you wrote that it isnt going in", "it wont go in my plan", "why did you say no".
 */
const ABOUT_THE_BOT: readonly RegExp[] = [
  /^(?:but\s+|and\s+|then\s+|why\s+(?:did|do|have)\s+)?(?:you|u|ya|the\s+bot|it)\s+(?:just\s+|then\s+|still\s+)?(?:said|say|says|saying|put|puts|wrote|write|told\s+me|tell\s+me|kept|keep|saved|save|think|thought|took|take|read|heard|got)\b.*$/,
  /^(?:but\s+|and\s+)?(?:it|that|this)\s+(?:says|said|wont|will\s+not|isnt|is\s+not|didnt|did\s+not|never)\b.*\b(?:plan|answer|added|kept|in|there)$/,
  /^(?:(?:that|thats|that s|that is|its|it s|it is)\s+)?(?:wrong|not\s+right|not\s+what\s+i\s+said|the\s+wrong\s+way\s+round)$/,
];

function sentencesOf(text: string): string[] {
  return text
    .split(/[.!?…;\n]+/)
    .map((s) => normaliseMessage(s))
    .filter(Boolean);
}

/** What they say they answered before, with or without a complaint about how it was read; null when the message is more than that. */
export function readSaidBefore(text: string): SaidBefore | null {
  if (text.length > 200) return null;
  const sentences = sentencesOf(text);
  let said: 'yes' | 'no' | undefined;
  let complains = false;
  for (const sentence of sentences) {
    const answered = SAID.exec(sentence)?.[1]?.trim();
    const yesNo = answered && answered.split(/\s+/).length <= 3 ? recogniseYesNo(answered) : null;
    if ((yesNo === 'yes' || yesNo === 'no') && !said) said = yesNo;
    else if (ABOUT_THE_BOT.some((re) => re.test(sentence))) complains = true;
    else return null;
  }
  return said ? { said, complains } : null;
}
