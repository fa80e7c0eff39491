import type { TurnContext } from 'botbuilder';
import { unseenComments, type Draft } from '../src/domain/draft';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { ReviewText as T } from './reviewText';
import { statementActivity, type Words } from './say';
import type { JourneySession } from './session';

/** Where a person with new key worker comments is taken: the read-back, which shows each comment under its item. */
export const REVIEW_WITH_COMMENTS: Position = { stage: Stage.review, step: Step.reviewSummary };

/** The same names as the review site's proactive chat notices (`channelData.outcomes.notice`). */
export type KeyWorkerNoticeId = 'keyWorker.comment' | 'keyWorker.changes_requested' | 'keyWorker.agreed';

export interface KeyWorkerNotice {
  notice: KeyWorkerNoticeId;
  words: Words[];
}

/**
 * What the bot says first when the key worker has written something the person has not yet been
 * shown. A proactive chat notice may already have said so; this one opens the comments. Nothing
 * to say once the read-back has shown them (they are marked seen then).
 */
export function keyWorkerNoticeFor(draft: Draft | undefined): KeyWorkerNotice | undefined {
  if (!draft || unseenComments(draft).length === 0) return undefined;
  switch (draft.status) {
    case 'changes_requested':
      return { notice: 'keyWorker.changes_requested', words: [{ key: T.keyWorkerChangesRequested }, { key: T.keyWorkerWhenReady }] };
    case 'agreed':
      return { notice: 'keyWorker.agreed', words: [{ key: T.keyWorkerAgreed }] };
    default:
      return { notice: 'keyWorker.comment', words: [{ key: T.keyWorkerComment }] };
  }
}

/** Sends the notice, if there is one; true when it was sent. */
export async function sendKeyWorkerNotice(context: TurnContext, session: JourneySession): Promise<boolean> {
  const found = keyWorkerNoticeFor(await session.draft());
  if (!found) return false;
  const channelData = { outcomes: { notice: found.notice, mode: session.mode } };
  await context.sendActivities(found.words.map((words) => ({ ...statementActivity(words, session.t), channelData })));
  return true;
}
