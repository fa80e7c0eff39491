import { answerBesideDisclosure, detectConcern } from '../src/language';
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
export function answerBesideWithNoWorry(message: string): string | undefined {
  // Money going to "mates" with a question beside it ("... is that ok to do"): no part of it is an answer for the plan.
  if (toldOfMateCrime(message)) return undefined;
  const apart = answerBesideDisclosure(message);
  return apart && !detectConcern(apart).concern ? apart : undefined;
}
