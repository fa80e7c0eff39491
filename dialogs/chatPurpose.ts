import type { TurnContext } from 'botbuilder';
import { asksWhatTheChatIsFor } from '../src/language/chatPurposeAsked';
import { sayAll } from './say';
import type { JourneySession } from './session';

/*
 * "wots this for anyway", "ye ok. but wot is it for tho" at the welcome: what the chat is for, in two
 * short sentences. Only at the welcome: at an outcome question "what is this for" asks which hope it is.
 */

export const CHAT_PURPOSE = 'common:chatPurpose';

/**
 * The message left to answer the question after the chat's purpose is told: '' when nothing is left
 * (ask the question again), the text unchanged when no purpose was asked about.
 */
export async function answerChatPurpose(context: TurnContext, session: JourneySession, text: string): Promise<string> {
  if (session.journey.position?.stage !== 'welcome') return text;
  const asked = asksWhatTheChatIsFor(text);
  if (!asked) return text;
  await sayAll(context, session.t, [{ key: CHAT_PURPOSE }]);
  return asked.answer;
}
