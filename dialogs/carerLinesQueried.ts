import type { TurnContext } from 'botbuilder';
import { speaksForThem } from '../src/domain/aboutWhom';
import { carerQueriesTheLines } from '../src/language/carerLinesQueried';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "why are you giving me the NSPCC number, shes safe with me", from a parent or carer at a plan question: the truth
 * (everyone who tells of a worry is given the number; it says nothing about them), then the question again. Never kept
 * in the plan, and never a note taken back.
 */

const DENIES_THE_WORRY = /\b(?:is|s)\s+(?:totally\s+|perfectly\s+|completely\s+)?safe\b(?!\s+(?:with|here|at\s+home\s+with))|\bnobody\s+(?:is\s+|s\s+)?(?:hurting|hurts|harming)\b|\bnothing\s+(?:is\s+)?(?:happening|going\s+on)\b/;

export const CarerLinesText = {
  answer: 'safeguarding:parent.linesQueried',
} as const;

/** Whether the whole message asked why the lines or checks were given (and was answered). */
export async function answeredCarerLinesQueried(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (!carerQueriesTheLines(text)) return false;
  // "No no Tia is SAFE… why the NSPCC number??" after a note: the worry itself denied, so it goes the way of any note
  // taken back (kept, with her words beside it, for the adult who checks notes); "shes safe with me" is about her care.
  if (DENIES_THE_WORRY.test(text.toLowerCase())) return false;
  const draft = await session.draft();
  if (!draft || !speaksForThem(draft.youngPerson)) return false;
  await sayAll(context, session.t, [{ key: CarerLinesText.answer }]);
  return true;
}
