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

/*
 * Away from the hopes (at the needs or the outcomes) a hope can also be said lost by asking where it is
 * ("where is my hope", "where did my other hope go"), or by saying what was said was lost ("you lost what i said").
 * "i lost my hope of him ever talking" (the person's own hope, a feeling) and "my hope is gone" are
 * never read here: they may be despair, not a complaint.
 */
const HOPE_WORD = String.raw`(?:hope|hopes|dream|dreams|wish|wishes)`;
const WHOSE = String.raw`(?:my|his|her|our|their|the|\p{L}+s)`;
const LOST_ELSEWHERE = [
  // "where is my hope", "where are his other hopes", "where did my other hope go" (a hope named, "where is my swimming hope", is missingHope.ts).
  new RegExp(String.raw`^(?:(?:but|and|oh|hey|wait|sorry|excuse\s+me|stop|please)\s+)*(?:where\s+(?:is|are|did|has|have|s|iz)|wheres|were\s+is)\s+${WHOSE}\s+(?:(?:other|first|second|third|last|main|big|real|most\s+important|important)\s+)*${HOPE_WORD}(?:\s+(?:go|gone|went|now))*$`, 'u'),
  // "you lost what i said", "u forgot what we told you", "you deleted what i wrote".
  new RegExp(String.raw`^(?:(?:but|and|oh|no|hey|wait|sorry|stop|please)\s+)*(?:you|u|ya)\s+(?:have\s+|did\s+|has\s+)?(?:lost|lose|forgot|forget|deleted|delete|missed|dropped)\s+(?:what|everything|all\s+(?:what|that))\s+(?:i|we)\s+(?:said|say|wrote|write|typed|type|told\s+(?:you|u))\b`, 'u'),
  // "my other hope is missing", "his hopes are not there".
  new RegExp(String.raw`^${WHOSE}\s+(?:other\s+|first\s+|second\s+)?${HOPE_WORD}\s+(?:is|are|s)\s+(?:missing|not\s+there|not\s+here|not\s+on\s+(?:it|there|the\s+list))\b`, 'u'),
];

/**
 * At the needs or the outcomes: whether the message complains that a hope was lost or missed, in any of
 * the ways above or as at the hopes with the word "hope". Each sentence (or part after a comma) is read on its own.
 */
export function saysHopesLost(text: string): boolean {
  // "you forgot one" at what helps may be a help: away from the hopes, only a hope named as such ("you lost my hopes").
  if (saysAHopeWasMissed(text) && /\b(?:hopes?|dreams?|wish|wishes)\b/i.test(text)) return true;
  return text
    .split(/(?<=[.!?,;])\s+/)
    .map((part) => normaliseMessage(part).trim())
    .some((part) => LOST_ELSEWHERE.some((re) => re.test(part)));
}
