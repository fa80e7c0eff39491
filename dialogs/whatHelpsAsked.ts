import { answerBesideDisclosure, detectConcern } from '../src/language';
import { normaliseMessage } from '../src/language/text';
import { Step } from './ids';
import { toldOfMateCrime } from '../src/language/mateCrime';

/**
 * The questions that ask what helps: "What helps you with this now?" and what would be provided.
 * A worry told there ("my tablets. when i get them. nite staff forget sumtimes") is never help they
 * get, nor is any part of it: nothing of it is kept or offered back, and the question is asked again
 * once the worry is answered.
 */
const WHAT_HELPS: ReadonlySet<string> = new Set([Step.needsHelps, Step.outcomeProvides]);

export const asksWhatHelps = (step: string | undefined): boolean => step !== undefined && WHAT_HELPS.has(step);

/**
 * The answer said beside a worry, only when it reads as no worry itself: "when i get them. nite staff
 * forget sumtimes" is the worry still, never a hope, a need or help to keep.
 */
export function answerBesideWithNoWorry(message: string, category?: string): string | undefined {
  // Money going to "mates" with a question beside it ("... is that ok to do"): no part of it is an answer for the plan.
  if (toldOfMateCrime(message)) return undefined;
  const apart = answerBesideDisclosure(message);
  if (!apart || detectConcern(apart).concern || tellsWhatOthersDid(apart)) return undefined;
  // Being drawn in is told in pieces ("they got me my phone n trainers so" beside "they want me to do a run"): every
  // piece about them or their gifts is a sign for the note, never a hard thing to keep. Only their own hard thing
  // ("i find counting change really hard") is offered back.
  if (category === 'exploitation' && !ownHardThing(apart)) return undefined;
  return apart;
}

/** "they got me my phone", "he said i have to": what the people in the worry did or said, the worry's own story. */
const OTHERS_DID = /^(?:and\s+|but\s+|so\s+|then\s+|n\s+)?(?:they|theyve|he|hes|she|shes|them)\s+(?:(?:always|keep|keeps|just|also|even|then)\s+)?(?:got|get|gets|gave|give|gives|bought|buy|buys|said|say|says|told|tell|tells|want|wants|wanted|made|make|makes|took|take|takes|sent|send|sends)\b/;
const tellsWhatOthersDid = (part: string): boolean => OTHERS_DID.test(normaliseMessage(part));

/** A part that is their own hard thing ("i find counting change really hard"), naming no gift, debt or errand for others. */
const GIFT_OR_DEBT =
  /\b(?:got\s+me|gave\s+me|gives\s+me|bought\s+me|owe\w*|debt|phone|fone|trainers|creps|do\s+(?:a\s+)?runs?|runs?\s+for|drop(?:ping)?\s+(?:stuff|things|it|off)|parcels?|packages?|lads|olders|older\s+(?:lads|boys|ones|kids))\b/;
const ownHardThing = (part: string): boolean => !GIFT_OR_DEBT.test(normaliseMessage(part));
