import { normaliseMessage } from './text';

/*
 * "You forget the first one, the most important!", "u missed one out": a complaint that the bot
 * missed a hope, said by pointing at it ("the first one") rather than naming it. Never help, never
 * a hope. Read on the normalised message (lower case, no apostrophes).
 */

const MISSED = String.raw`(?:forget|forgot|forgotten|forgetting|miss|missed|lost|left\s+out|leave\s+out|skipped|skip|dropped|drop)`;
const POINTED = String.raw`(?:(?:the|my|his|her|our|a|an)\s+)?(?:(?:first|second|third|last|other|main|big|biggest|most\s+important|important|best|real)\s+)*(?:one|hope|dream|wish|thing)s?`;
const ASIDE = String.raw`(?:[\s,]+(?:the\s+)?(?:most\s+important|main|big(?:gest)?|first|best)(?:\s+(?:one|hope|dream|thing))?)*`;
const HOPE_MISSED = new RegExp(
  `^(?:(?:but|and|oh|no|hey|wait|sorry|excuse\\s+me)[\\s,]+)*(?:you|u|ya)\\s+(?:have\\s+|did\\s+|has\\s+|ve\\s+)?${MISSED}\\s+(?:${POINTED}|one|some|them)(?:\\s+(?:out|off))?${ASIDE}(?:\\s+(?:out|off|again|too))?\\s*[.!?]*$`,
);

/** Whether a sentence of the message complains that a hope was missed, naming it only by pointing. */
export function saysAHopeWasMissed(text: string): boolean {
  return text
    .split(/(?<=[.!?])\s+/)
    .some((sentence) => HOPE_MISSED.test(normaliseMessage(sentence).trim()));
}
