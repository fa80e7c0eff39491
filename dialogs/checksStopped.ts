import type { TurnContext } from 'botbuilder';
import { detectConcern } from '../src/language';
import { asksToStopChecking } from '../src/language/checksStopped';
import { declinesTheNumbers } from '../src/language/numbersDeclined';
import { QUIET_AFTER_OK } from './gentleCheckDialog';
import { okayAbout } from './okayAbout';
import { sayAll } from './say';
import type { JourneySession } from './session';

export const ChecksStoppedText = { heard: 'safeguarding:checksStopped' } as const;

/**
 * "stop asking if im ok", "im fine stop", "pls stop with the nspcc thing": they said they are OK and
 * want the checking to end. Whether this message asks that, with nothing clearly worrying beside it
 * ("stop asking if im ok, he hit me again" is still read for the harm).
 */
export function stopsChecking(text: string): boolean {
  return asksToStopChecking(text) && !detectConcern(text).sure;
}

/**
 * Heard: no gentle check in this chat for anything less than a new, clear worry, and `category` (the
 * worry they were being asked about) remembered as one they said they are OK about. Returns whether
 * the caller should say the short kind line (ChecksStoppedText.heard) and go back to the open
 * question. "stop with the numbers" after a flag is remembered too, but answered where the help
 * lines are (safeguardingRepeat.ts), so false.
 */
export async function noteStopChecking(session: JourneySession, text: string, category?: string): Promise<boolean> {
  if (!stopsChecking(text)) return false;
  const numbers = declinesTheNumbers(text);
  await session.updateJourney((j) => ({ ...j, checksStopped: true, quietChecks: QUIET_AFTER_OK, ...(numbers ? { numbersDeclined: true } : {}), ...okayAbout(j.okayAbout, category) }));
  return !(numbers && ((await session.draft())?.flags.length ?? 0) > 0);
}

/** As noteStopChecking, saying the short kind line when it is for the caller to say. */
export async function heardStopChecking(context: TurnContext, session: JourneySession, text: string, category?: string): Promise<boolean> {
  if (!(await noteStopChecking(session, text, category))) return false;
  await sayAll(context, session.t, [{ key: ChecksStoppedText.heard }]);
  return true;
}

/**
 * At the safeguarding answer's own questions: "i know the numbers" is remembered (later answers say
 * the help is still there), and a request to stop checking is heard as above, except while their
 * contact details are asked for.
 */
export async function heardAtSafeguarding(context: TurnContext, session: JourneySession, text: string, at: { category?: string; contact: boolean }): Promise<boolean> {
  if (declinesTheNumbers(text)) await session.updateJourney((j) => ({ ...j, numbersDeclined: true }));
  return !at.contact && heardStopChecking(context, session, text, at.category);
}
