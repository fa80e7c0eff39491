import type { TurnContext } from 'botbuilder';
import { readPlanProcessQuestion } from '../src/language/planProcessAsked';
import { Stage } from './ids';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "What is a transition? Does Tia's plan need to say anything about changing school?", "When do we
 * start planning the move to secondary school?" at a needs question: a short honest answer where the
 * guidance holds one, otherwise that the key worker can answer; then the same question again.
 * Never kept as a hard thing or as help.
 */

export const NeedsProcessText = {
  transition: 'needs:processAsked.transition',
  planCoversMove: 'needs:processAsked.planCoversMove',
  annualReview: 'needs:processAsked.annualReview',
  keyWorkerKnows: 'needs:processAsked.keyWorkerKnows',
} as const;

/** Whether a question about the plan's process was answered (the caller asks the open question again). */
export async function answeredProcessQuestion(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (session.journey.position?.stage !== Stage.needs) return false;
  const asked = readPlanProcessQuestion(text);
  if (!asked) return false;
  await sayAll(context, session.t, asked.map((kind) => ({ key: NeedsProcessText[kind] })));
  return true;
}
