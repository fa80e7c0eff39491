import { normaliseMessage } from './text';

/*
 * "hed be more comfy, no sore skin, and he wouldnt have to be taken out of class to be changed": a parent saying what
 * being toilet trained would do for the child. The classifier alone can read sore skin and being changed as neglect;
 * told as what an outcome would bring, it is the answer. Every clause of the message must be one of the few below, in
 * the would-mood, so "no sore skin, he is left in a wet nappy all day" or "he wouldnt have to be changed by his uncle"
 * are read as ever.
 */

const WHO = String.raw`(?:he|she|they|hed|shed|theyd)`;
const WOULD = String.raw`(?:${WHO}\s+(?:would\s+|will\s+|could\s+|might\s+|d\s+)?)`;
const WOULD_NOT = String.raw`(?:${WHO}\s+(?:wouldnt|would\s+not|wont|will\s+not|d\s+not)|(?:hed|shed|theyd)\s+not)`;

const BENEFITS: readonly RegExp[] = [
  // "hed be more comfy", "she would feel more comfortable"
  new RegExp(String.raw`^${WOULD}(?:be|feel)\s+(?:(?:a\s+lot|much|so\s+much|way)\s+)?(?:more\s+)?(?:comfy|comfortable)(?:\s+(?:at\s+school|in\s+class|all\s+day))?$`),
  // "no sore skin", "no more sore bum", "less sore skin"
  /^(?:no|no\s+more|less|fewer|not\s+as\s+much)\s+(?:sore|red|rash\w*)\s*(?:skin|bum|bottom|legs|patches)?$/,
  // "he wouldnt have to be taken out of class to be changed"
  new RegExp(String.raw`^${WOULD_NOT}\s+(?:have|need|has)\s+to\s+(?:be|get)\s+(?:taken|sent|brought|pulled)\s+out\s+of\s+(?:class|the\s+class|the\s+classroom|lessons?|the\s+lesson)(?:\s+to\s+(?:be|get)\s+changed)?$`),
  // "less accidents", "no more wet pants"
  /^(?:no\s+more|less|fewer|not\s+as\s+many)\s+(?:accidents|wet\s+(?:pants|clothes|trousers)|nappy\s+changes|changes)$/,
  // "hed feel more grown up", "she'd be proud"
  new RegExp(String.raw`^${WOULD}(?:be|feel)\s+(?:(?:more|so|really|very)\s+)?(?:grown\s+up|proud|happier|happy|confident|independent)(?:\s+of\s+(?:himself|herself|themselves))?$`),
];

const LEAD = /^(?:and|also|plus|so|then)\s+/;

/** Whether every clause of the message is a benefit of toileting, said in the would-mood (see BENEFITS). */
export function tellsOfToiletingBenefit(text: string): boolean {
  if (text.length > 240) return false;
  const clauses = text
    .split(/[,.;!?\n]+|\s+and\s+/i)
    .map((clause) => normaliseMessage(clause).replace(LEAD, '').trim())
    .filter(Boolean);
  return clauses.length > 0 && clauses.every((clause) => BENEFITS.some((re) => re.test(clause)));
}
