import { setKeyWorker } from '../src/domain/operations';
import { CODE_ALPHABET, findInviteCode } from '../src/language/inviteAnswer';
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

/** Words that may stand beside a code: "my code is FA9C-KM3Y", "here is the key worker code: ...". */
const CODE_TALK = /^(?:my|the|a|its|it's|it|is|here|heres|here's|code|codes|key|worker|workers|keyworker|from|this|ok|okay|i|have|got|gave|me|she|he|they|new|invite|invitation|please|thanks)$/i;

/** Made only of the letters and digits codes use, and nothing but code talk beside it ("by xmas 2027" is no code). */
function onlyACode(text: string, code: string): boolean {
  if (![...code].every((c) => CODE_ALPHABET.includes(c))) return false;
  const rest = text.toUpperCase().replace(/[\s–-]+/g, ' ').replace(new RegExp(`${code.slice(0, 4)}\\s?${code.slice(4)}|${[...code].join('\\s?')}`), ' ');
  return rest.split(/[\s:.,!]+/).filter(Boolean).every((word) => CODE_TALK.test(word));
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
  if (!code || !onlyACode(text, code)) return undefined;
  const draft = await session.draft();
  if (!draft || draft.keyWorker?.invitationCode) return undefined;
  const known = session.services.invitationExists;
  if (known && !(await known(code))) return { say: [{ key: WelcomeText.inviteUnknownLater }], toShare: false };
  await session.updateDraft('invitation code', (d) => setKeyWorker(d, { invitationCode: code, shared: false }));
  return { say: [{ key: WelcomeText.inviteSaved }], toShare: position.step === Step.reviewDone };
}
