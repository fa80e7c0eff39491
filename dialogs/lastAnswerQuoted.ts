import { quoteOf } from '../src/language';
import { asksLastAnswer } from '../src/language/lastAnswerAsked';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { keptAt } from './correction';
import { sayAll } from './say';
import { sessionOf, type JourneySession } from './session';

/*
 * "what did i say?" at any question: their last answer is quoted back ("You said: ..."), and the same
 * question waits. With no answer kept yet, the message is read as usual (the draft is shown).
 */

export const LastAnswerText = { said: 'common:chatTalk.lastAnswerSaid' } as const;

/** How far back the questions are looked through for the last one that kept something. */
const LOOK_BACK = 6;

/** What the latest answered question kept, in their words: the open question first, then the ones before it. */
async function lastAnswer(session: JourneySession): Promise<string[]> {
  const { journey } = session;
  const places = [journey.position, ...journey.history.slice(-LOOK_BACK).reverse()];
  for (const place of places) {
    if (!place) continue;
    const texts = (await keptAt(session, place)).map((k) => k.text).filter((t): t is string => Boolean(t));
    if (texts.length > 0) return texts;
  }
  return [];
}

/** The turn's result when the message asks for their last answer and one was kept; undefined otherwise. */
export async function quoteLastAnswer(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  if (!asksLastAnswer(text)) return undefined;
  const session = sessionOf(inner.context);
  const said = await lastAnswer(session);
  if (said.length === 0) return undefined;
  await sayAll(inner.context, session.t, [{ key: LastAnswerText.said, vars: { answer: said.map((s) => `"${quoteOf(s)}"`).join(' and ') } }]);
  return host.reprompt(inner);
}
