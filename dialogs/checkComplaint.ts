import type { TurnContext } from 'botbuilder';
import { complainsOfTheCheck } from '../src/language/checkComplained';
import { BotChatText } from './botChat';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "i am fine. it was only he fall in park. nobody hurt him. why you keep ask me this" at a plan question, after an
 * "Are you OK?" earlier in this chat: the check was the bot's mistake. A short sorry, and the question again; nothing
 * is kept, and no worry is read in it. Without an earlier check, the message is read as ever.
 */

/** Whether an "Are you OK?" was asked earlier in this chat (and answered, or asked to stop). */
function checkedEarlier(session: JourneySession): boolean {
  const j = session.journey;
  return (j.okayAbout?.length ?? 0) > 0 || j.quietChecks > 0 || j.checksStopped === true;
}

/** Says sorry when the message only tells that the earlier check was wrong; the caller asks the question again. */
export async function answeredCheckComplaint(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  if (!checkedEarlier(session) || !complainsOfTheCheck(text)) return false;
  await sayAll(context, session.t, [{ key: BotChatText.misreadSorry }]);
  return true;
}
