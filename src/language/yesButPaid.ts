import { normaliseMessage } from './text';

/*
 * "yeh but paid" to a work hope or a job read back: a yes, with one word more that matters to the
 * person: the work is to be paid. The word goes into their own words ("get a job in a shop" becomes
 * "get a paid job in a shop"); nothing else changes.
 */

const YES = '(?:yes|yeah|yeh|yea|ye|yep|yup|ya|ok|okay|k|sure|aye)';
const YES_BUT_PAID = new RegExp(`^(?:${YES}\\s+)?(?:but|bt|but\\s+it\\s+has\\s+to\\s+be|but\\s+it\\s+must\\s+be|but\\s+i\\s+want(?:\\s+it)?)\\s+(?:a\\s+)?(?:paid|payed|paid\\s+one|payed\\s+one|for\\s+money|with\\s+money|wiv\\s+money|getting\\s+paid|get\\s+paid)(?:\\s+(?:job|work|one))?(?:\\s+(?:pls|please|plz))?$`);

/** Whether the message is a yes wanting the work paid: "yeh but paid", "yes but a paid one", "ok but for money". */
export function yesButPaid(text: string): boolean {
  if (text.length > 60) return false;
  return YES_BUT_PAID.test(normaliseMessage(text));
}

/** Work words, as people name them: a job, work, an apprenticeship. */
const JOB_AFTER_ARTICLE = /\b(a|an|the|my)\s+((?:[a-z-]+\s+){0,2}?)(job|jobs)\b/i;
const JOB = /\b(job|jobs)\b/i;
const WORK_NOUN = /^(?:(?:i\s+want|i\s+would\s+like|id\s+like|to\s+get|get|find|to\s+find|have|to\s+have)\s+)?(?:some\s+)?work\b/i;
const WORK_VERB = /\b(will|to|can|and)\s+work\b/i;

/** The words with "paid" put in beside the job or the work; null when there is neither, or it is paid already. */
export function withPaid(words: string): string | null {
  if (/\b(?:paid|payed|wage|wages|salary)\b/i.test(words)) return null;
  if (JOB_AFTER_ARTICLE.test(words)) {
    return words.replace(JOB_AFTER_ARTICLE, (_m, article: string, kind: string, job: string) => `${article.toLowerCase() === 'an' ? 'a' : article} paid ${kind}${job}`);
  }
  if (JOB.test(words)) return words.replace(JOB, (job) => `paid ${job}`);
  if (WORK_NOUN.test(words)) return words.replace(/\bwork\b/i, 'paid work');
  if (WORK_VERB.test(words)) return words.replace(WORK_VERB, (_m, lead: string) => `${lead} do paid work`);
  return null;
}
