import { hopesAskedKept } from './hopesAsked';
import { readMissing } from './goalForHope';
import { namesPartOf } from './hopeParts';
import { withOneSpelt } from './oneSpelt';

/*
 * "Where is my money hope? I told you about it. You lost it." at a later question: a question about
 * a hope the person cannot see, never something hard. The hope is named by a word of its own
 * ("money"), which may be said in other words in the hope kept ("a paid job").
 */

/** Words that point at an item without naming it: "the main one", "the other bit" name no hope. */
const POINTING = /\b(?:the|a|an|my|your|that|this|other|another|main|last|first|second|big|biggest|important|most|real|key|one|ones|thing|things|bit|bits|part|hope|hopes|something|stuff)\b/gi;

/** "the most important one", "the main one": words that only point at a hope, naming none of its own. */
export function onlyPointsAtAHope(words: string): boolean {
  return words.replace(POINTING, '').trim() === '';
}

/** The words naming the hope asked after, from the first sentence that asks; null when none does. */
export function readMissingHope(typed: string): string | null {
  if (typed.length > 300) return null;
  // "where the job 1 gone": the job one.
  const text = withOneSpelt(typed);
  // "wheres the bus one and the cooking one gone?" names more than one: each is answered on its own (hopesAsked.ts).
  if (hopesAskedKept(text).length > 1) return null;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const named = readMissing(sentence.replace(/[?!.]+$/, ''), { countedAsHope: true });
    // "the last one was not a need, i was asking you something": said of an answer, never a hope's name.
    if (named && !/^(?:not|never|no)\b/i.test(named.trim()) && named.replace(POINTING, '').trim()) return named;
  }
  return null;
}

/** Words said of a hope in other words: money is what a paid job brings. */
const KIN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:money|cash|wages?|pay|paid|earn(?:ing)?|salary)\b/i, /\b(?:money|cash|wages?|pay|paid|earn(?:ing|s)?|salary|job)\b/i],
  [/\b(?:house|home|flat|live|living)\b/i, /\b(?:house|home|flat|live|living|move\s+out)\b/i],
  [/\b(?:job|work|working)\b/i, /\b(?:job|work|working|paid|career|apprenticeship|internship)\b/i],
];

/** Whether the words asked after name this hope, by its own words or by what it is about. */
export function namesMissingHope(words: string, hope: string): boolean {
  return namesPartOf(hope, words) || KIN.some(([said, kept]) => said.test(words) && kept.test(hope));
}
