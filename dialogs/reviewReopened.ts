import { saysNotFinished } from '../src/language/notFinished';
import { setStatus } from '../src/domain/draft';
import type { ChatHost } from './chatHost';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { Step } from './ids';
import type { Position } from './journey';
import { ReviewText as T } from './reviewText';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "wait i didnt say it was done! u didnt take out the contact with his mum bit" just after "Your draft
 * is ready": the plan is open again (no longer marked ready), and what they asked beside it is acted
 * on as a request at the read-back; said alone, they are asked which part to change.
 */

const AT_END: ReadonlySet<string> = new Set([Step.reviewDone, Step.reviewShare]);

export async function reopenedAtEnd(inner: DialogContext, host: ChatHost, session: JourneySession, at: Position | undefined, text: string): Promise<DialogTurnResult | undefined> {
  if (!at || !AT_END.has(at.step) || !host.hasStage('review')) return undefined;
  const heard = saysNotFinished(text);
  if (!heard) return undefined;
  const draft = await session.draft();
  // Only a plan the chat itself called ready goes back to "in progress"; one shared with a key worker keeps its status.
  if (draft?.status === 'ready_for_review') await session.updateDraft('opened again', (d) => setStatus(d, 'in_progress'));
  await sayAll(inner.context, session.t, [{ key: T.stillOpen }]);
  const summary: Position = { stage: 'review', step: Step.reviewSummary, data: { brief: '1' } };
  return heard.rest ? host.answerWith(inner, summary, heard.rest) : host.openAt(inner, { stage: 'review', step: Step.reviewChange });
}
