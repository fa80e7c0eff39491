import { resumeCodeTyped } from '../src/language/resumeCodeTyped';
import { Stage, Step } from './ids';
import { movedTo, type Position } from './journey';
import type { JourneySession } from './session';

/** The code question: a code typed at any other question is answered here, as if typed here. */
export const RESUME_CODE_QUESTION: Position = { stage: Stage.welcome, step: Step.welcomeResumeCode };

/**
 * "RKQ-HC9-3VV" at "How do you want me to write?", "my code is rkq hc9 3vv" at any later question:
 * the code question becomes the open one, so a code that matches nothing is said so there and "no
 * code" goes back to where they were. The code is never kept as an answer.
 */
export async function codeTypedAnywhere(session: JourneySession, text: string): Promise<string | undefined> {
  if (session.journey.position?.step === Step.welcomeResumeCode) return undefined;
  // A code of letters alone ("kqr hcw tvv") counts only when it opens this very draft: typed again after
  // carrying on. Any other draft's code is never looked up here, where tries are not counted.
  const lettersOnly = resumeCodeTyped(text, { lettersOnly: true });
  const code = resumeCodeTyped(text) ?? (lettersOnly && (await session.resumeCodes.find(lettersOnly)) === session.draftId ? lettersOnly : undefined);
  if (!code) return undefined;
  await session.updateJourney((j) => movedTo(j, RESUME_CODE_QUESTION));
  return code;
}
