import { setKeyWorker } from '../src/domain/operations';
import { findInviteCode } from '../src/language/inviteAnswer';
import { Stage, Step } from './ids';
import type { Words } from './say';
import type { JourneySession } from './session';
import { WelcomeText } from './welcomeText';

/*
 * The welcome says "you can add a code later": a key worker's code typed at any later question
 * links the plan to them, as it would have at the start. Linking shares nothing; at the end the
 * young person is asked whether to share. A message is read as a code only when it is little more
 * than the code ("my code is FA9C-KM3Y"), never inside an answer.
 */

/** "my code is FA9C-KM3Y", "f a 9 c - k m 3 y": short enough to be about the code alone. */
const LONGEST_CODE_MESSAGE = 60;

function onlyACode(text: string): boolean {
  return text.trim().length <= LONGEST_CODE_MESSAGE;
}

export interface CodeLinked {
  say: Words[];
  /** At the end, once the plan is read back, the share question comes next. */
  toShare: boolean;
}

export async function linkCodeTypedLater(session: JourneySession, text: string): Promise<CodeLinked | undefined> {
  const position = session.journey.position;
  if (!position || position.stage === Stage.welcome) return undefined;
  const code = findInviteCode(text);
  if (!code || !onlyACode(text)) return undefined;
  const draft = await session.draft();
  if (!draft || draft.keyWorker?.invitationCode) return undefined;
  const known = session.services.invitationExists;
  if (known && !(await known(code))) return { say: [{ key: WelcomeText.inviteUnknownLater }], toShare: false };
  await session.updateDraft('invitation code', (d) => setKeyWorker(d, { invitationCode: code, shared: false }));
  return { say: [{ key: WelcomeText.inviteSaved }], toShare: position.step === Step.reviewDone };
}
