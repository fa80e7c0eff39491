import { asksWhereTheCodeIs, saysNoResumeCode } from '../src/language/noResumeCode';
import { findResumeCode, RESUME_ATTEMPTS, RESUME_LOCK_MINUTES } from '../src/domain/resumeCode';
import { Stage, Step } from './ids';
import { steppedBack, type Journey } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { WelcomeText } from './welcomeText';

/** A valid code switches this conversation to the stored journey and reopens its question. */
export async function answerResumeCode(session: JourneySession, text: string, conversationId: string): Promise<Next> {
  const now = session.today;
  const lockedUntil = session.journey.resumeLockedUntil;
  const goBack = (): Next => {
    const previous = steppedBack(session.journey)?.position;
    return previous ? { openAt: previous } : { goTo: { step: Step.welcomeReadingMode } };
  };
  // "Where would the code be?", "is it on my email?": where a code comes from, and the code asked for again.
  if (asksWhereTheCodeIs(text)) return { say: [{ key: WelcomeText.resumeWhereFrom }], goTo: { step: Step.welcomeResumeCode } };
  // "no code, I'm new": not a wrong code, so no try is used up; on to where they were.
  if (saysNoResumeCode(text)) return { say: [{ key: WelcomeText.resumeNone }], ...goBack() };
  if (lockedUntil && new Date(lockedUntil) > now) return { say: [{ key: WelcomeText.resumeLocked }], ...goBack() };
  // "my code is 94w-ed3-gmm": the code in the sentence is the one tried.
  const draftId = await session.resumeCodes.find(findResumeCode(text) ?? text, { conversationId, now });
  if (!draftId) {
    const attempts = session.journey.resumeAttempts + 1;
    const locked = attempts >= RESUME_ATTEMPTS;
    await session.updateJourney((j) => ({
      ...j,
      resumeAttempts: locked ? 0 : attempts,
      resumeLockedUntil: locked ? new Date(now.getTime() + RESUME_LOCK_MINUTES * 60_000).toISOString() : undefined,
    }));
    return locked ? { say: [{ key: WelcomeText.resumeLocked }], ...goBack() } : { say: [{ key: WelcomeText.resumeNotFound }], goTo: { step: Step.welcomeResumeCode } };
  }
  // "i mean wait. i have a code ..." with this chat's own code: it is already open, so it carries on, never "welcome back".
  const alreadyOpen = draftId === session.draftId;
  await session.switchTo(draftId);
  const carried = beforeTheCodeQuestion(session.journey);
  if (carried !== session.journey) await session.updateJourney(() => carried);
  const open = carried.position?.step === Step.welcomeResumeCode ? undefined : carried.position;
  return { say: [{ key: alreadyOpen ? WelcomeText.resumeAlreadyOpen : WelcomeText.resumeWelcomeBack }], openAt: open ?? { stage: Stage.welcome, step: Step.welcomeReadingMode } };
}

/**
 * A chat stopped at "Please type your code", or the code typed again in the chat it opens, stands
 * at the code question itself: it carries on at the question before, never asks for the code again.
 */
function beforeTheCodeQuestion(journey: Journey): Journey {
  let carried = journey;
  while (carried.position?.step === Step.welcomeResumeCode) {
    const back = steppedBack(carried);
    if (!back) break;
    carried = { ...back, revisiting: false };
  }
  return carried;
}
