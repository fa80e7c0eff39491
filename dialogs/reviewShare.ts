import { setKeyWorker, setStatus } from '../src/domain/draft';
import { understandShare } from './closedReplies';
import { Step } from './ids';
import type { Position } from './journey';
import { keyWorkerNoteIn, noteBesideAnswer } from './reviewKeyWorkerNote';
import { ReviewText as T, SHARE_CHOICES } from './reviewText';
import { helperVars, withHelper } from './planHelperWords';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { understandChoice } from './understand';

/*
 * review.share, "Shall I share your draft with your key worker?": yes shares it, no keeps it
 * private. A message for the key worker said here ("yes. and tell her i want to start in
 * september") is kept as a note beside the plan first, so the shared draft carries it.
 */

/** The answer at review.share, or undefined when it is neither a share answer nor a note. */
export async function answerShare(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const draft = await session.draft();
  // "yes. and tell my key worker ...": the note kept, the rest answers the question.
  const beside = await noteBesideAnswer(session, text);
  const said: Words[] = beside ? [beside.said] : [];
  const reply = beside ? beside.rest : text;
  const choice = reply ? understandChoice(reply, { choices: SHARE_CHOICES, understand: understandShare }, session.words) : undefined;
  if (!choice) {
    if (beside) return { say: said, goTo: position };
    // "can you tell my key worker i want to start in september" alone: kept, and the question asked again.
    return keyWorkerNoteIn(session, draft, position, text);
  }
  if (choice === 'yes') {
    const shared = await session.updateDraft('shared with key worker', (d) => setStatus(setKeyWorker(d, { shared: true }), 'submitted'));
    await session.services.draftSentToKeyWorker?.(shared, 'shared');
  }
  const answer = choice === 'yes' ? withHelper({ key: T.shared }, T.sharedNamed, helperVars(session.t, draft, session.journey.helper)) : { key: T.notShared };
  return { say: [...said, answer], goTo: { step: Step.reviewDone } };
}
