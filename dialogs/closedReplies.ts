import { hopeLabelled } from '../src/language/hopeLabelled';
import { readCarryOn, readConfirm, readDone, readMore, readSafetyCheck, readShare, readSummary, readYesNo } from '../src/language/closedAnswers';
import { readPolarity } from '../src/language/polarity';
import { asksBesideAgreement, asksForAChange } from '../src/language/requestBeside';
import { saysTakeItOut } from '../src/language/takeOutRequest';
import type { Reply } from './readReply';

/**
 * The understanding of src/language as each dialog's choice values. A reader here answers only
 * when the reply clearly answers the question, so a command typed at it still counts as one.
 */

/** Yes / no, in everyday words, emoji and text-speak. */
export const understandYesNo = (text: string): string | undefined => readYesNo(text);

/** Asked "Take these words out of ...?": "take that word out" is a yes too. */
export const understandTakeOut = (text: string): string | undefined => readYesNo(text) ?? (saysTakeItOut(text) ? 'yes' : undefined);

/** "Another?": yes or no, with or without the new item after it; words alone are left to the stage. */
export function understandMore(text: string): string | undefined {
  if (hopeLabelled(text)) return undefined;
  const more = readMore(text);
  if (!more) return undefined;
  const lead = readPolarity(text).answer;
  return more.content && lead !== 'yes' && lead !== 'no' ? undefined : more.answer;
}

/** A reply to "another hope / difficulty?" as the stage reads it: yes, no, or a new item. */
export function moreReply(text: string, fallback: (text: string) => Reply): Reply {
  const more = readMore(text);
  if (!more) return fallback(text);
  if (more.content) return { kind: 'content', text: more.content };
  return { kind: more.answer };
}

export const understandConfirm = (text: string): string | undefined => readConfirm(text)?.answer;

/** The read-back of everything: "good" or "change". */
export function understandSummary(text: string): string | undefined {
  const answer = readSummary(text);
  // "ok better. can you delete the bit that says ...": a request beside the agreement is never "looks good".
  if (answer === 'yes' && asksForAChange(text)) return 'change';
  // "ok. where i say toilet is hard?": a question after the "ok" is never "looks good".
  if (answer === 'yes' && asksBesideAgreement(text)) return undefined;
  // "yes, sleep please. i asked twice now": something asked for beside the yes is a change, never "looks good".
  if (answer === 'yes' && ASKED_FOR_BESIDE.test(text.toLowerCase().replace(/[\u2018\u2019']/g, ''))) return 'change';
  return answer === 'yes' ? 'good' : answer;
}

/** A thing named and asked for ("sleep please"), or "i asked twice": more than an agreement. */
const ASKED_FOR_BESIDE = /\b(?!(?:yes|yeah|yep|ye|yh|ok|okay|fine|good|great|that|thats|its|it|all|looks|is|thank|thanks|ty|cheers)\b)[a-z]+(?:\s+[a-z]+){0,3}\s+(?:please|pls|plz)\b|\bi\s+(?:asked|said)\s+(?:twice|already|before|for)\b|\b(?:another|one\s+more|\d+(?:st|nd|rd|th))\s+(?:one|outcome|goal)\b/;

export const understandShare = (text: string): string | undefined => readShare(text);

/** The end: "again" (look at it again) or "finish". */
export function understandDone(text: string): string | undefined {
  const answer = readDone(text);
  return answer === 'look_again' ? 'again' : answer;
}

const SAFETY: Record<string, string> = { safe: 'safe', not_safe: 'notSafe', not_sure: 'notSure' };
export const understandSafetyCheck = (text: string): string | undefined => {
  const answer = readSafetyCheck(text);
  return answer ? SAFETY[answer] : undefined;
};

export const understandCarryOn = (text: string): string | undefined => {
  const answer = readCarryOn(text);
  return answer === 'carry_on' ? 'carryOn' : answer;
};
