import { quoteOf } from '../src/language';
import { asksKeptWhat } from '../src/language/keptWhat';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { YES_NO } from './commands';
import { EditText } from './editAnywhere';
import { keptAt } from './correction';
import { questionActivity, sayAll } from './say';
import { sessionOf, type JourneySession } from './session';

/*
 * "kept what. i didnt say what is important yet", after "I've kept that": what was kept from the last
 * answer is said in their words, and taking it out is offered (a yes takes it out, then the open
 * question is asked again). With nothing kept, the bot says so and asks again. Never kept itself.
 */

export const KeptWhatText = {
  kept: 'common:chatTalk.keptFromLast',
  nothingKept: 'common:chatTalk.nothingKeptYet',
} as const;

/** The last thing kept from an answer: at the open question, else at the question before it in this stage. */
async function lastKept(session: JourneySession): Promise<{ id: string; text: string } | undefined> {
  const { journey } = session;
  const at = journey.position;
  if (!at) return undefined;
  const before = journey.history.at(-1);
  const here = await keptAt(session, at);
  const kept = here.length > 0 ? here : before && before.stage === at.stage ? await keptAt(session, before) : [];
  const last = kept.at(-1);
  return last?.text !== undefined ? { id: last.id, text: last.text } : undefined;
}

/** The turn's result when the message asks what was kept; undefined otherwise. */
export async function answerKeptWhat(inner: DialogContext, host: ChatHost, text: string, steps: ReadonlySet<string>): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || !steps.has(at.step) || !asksKeptWhat(text)) return undefined;
  const kept = await lastKept(session);
  if (!kept) {
    await sayAll(inner.context, session.t, [{ key: KeptWhatText.nothingKept }]);
    return host.reprompt(inner);
  }
  await sayAll(inner.context, session.t, [{ key: KeptWhatText.kept, vars: { answer: quoteOf(kept.text) } }]);
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: kept.id } }));
  const words = { key: EditText.removeQuestion, vars: { item: quoteOf(kept.text) } };
  await inner.context.sendActivity(questionActivity({ step: at.step, topic: at.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: at.stage }));
  return host.after(inner, { then: 'wait' });
}
