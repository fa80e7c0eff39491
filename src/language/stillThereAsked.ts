import { readYesNo } from './closedAnswers';
import { normaliseMessage, sentencesOf } from './text';

/*
 * "yes. the speech therapy is still in there somewhere tho isnt it?": a yes to the read-back, then
 * a question whether some words are still kept. The yes stands; the question is answered.
 * Anchored at both ends: the first sentence is a yes alone, the rest is that one question.
 */

/** "the speech therapy is still in there somewhere tho isnt it": the words asked about. */
const STILL_THERE = /^(?:and\s+|but\s+)?(?:the\s+|my\s+|his\s+|her\s+)?([\p{L}\p{N} ]{2,40}?)\s+(?:is|are|s)\s+still\s+(?:in\s+there|in\s+it|there|on\s+there|kept|in)(?:\s+somewhere)?(?:\s+(?:tho|though|too|right|yeah))*(?:\s+(?:isnt|is\s+not|arent|right|yeah)(?:\s+(?:it|they))?)?$/u;

/** The words asked about after a yes, or undefined when the message is not a yes and that one question. */
export function yesThenStillThere(text: string): string | undefined {
  const [first, ...rest] = sentencesOf(text.slice(0, 300));
  if (!first || rest.length !== 1 || readYesNo(first) !== 'yes' || normaliseMessage(first).split(' ').length > 3) return undefined;
  return STILL_THERE.exec(normaliseMessage(rest[0]!))?.[1]?.trim();
}
