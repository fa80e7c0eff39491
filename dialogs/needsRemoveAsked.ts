import { quoteHopeIn, quoteOf } from '../src/language';
import { hopeHolds, hopesAskedToRemove } from '../src/language/hopesRemoveAsked';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { YES_NO } from './commands';
import { EditText } from './editAnywhere';
import { Stage } from './ids';
import { quotedList } from './quotedList';
import { questionActivity, sayAll, type Words } from './say';
import { sessionOf } from './session';

/*
 * "can u just delete all the footballer ones pls" at a needs question: the hopes it names are read
 * back and taken out after one yes (editAnywhere.ts answers it); then the open question as it
 * stands. The request is never kept as a hard thing or as help.
 */

export const NeedsRemoveAskedText = {
  question: 'needs:removeAsked.question',
  notFound: 'needs:removeAsked.notFound',
} as const;

/** The turn's result when the message asks for hopes named by their words to go; undefined otherwise. */
export async function offerToTakeOutNamedHopes(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  const named = at?.stage === Stage.needs ? hopesAskedToRemove(text) : null;
  if (!at || !named) return undefined;
  const hopes = ((await session.draft())?.aspirations ?? []).filter((a) => hopeHolds(a.text, named));
  const [first, ...also] = hopes;
  if (!first) {
    await sayAll(inner.context, session.t, [{ key: NeedsRemoveAskedText.notFound }]);
    return host.reprompt(inner);
  }
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: first.id, ...(also.length > 0 ? { alsoIds: also.map((h) => h.id) } : {}) } }));
  const words: Words =
    also.length > 0
      ? { key: NeedsRemoveAskedText.question, vars: { number: String(hopes.length), hopes: `\n${quotedList(hopes.map((h) => quoteHopeIn(h.text, session.mode)))}` } }
      : { key: EditText.removeQuestion, vars: { item: quoteOf(first.text) } };
  await inner.context.sendActivity(questionActivity({ step: at.step, topic: at.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: at.stage }));
  return host.after(inner, { then: 'wait' });
}
