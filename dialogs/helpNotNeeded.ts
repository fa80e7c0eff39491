import { quoteOf } from '../src/language';
import { helpNoLongerNeeded } from '../src/language/takeOutRequest';
import { SUMMARY_LABEL_KEYS, summaryItems } from '../src/domain/draftSummary';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { YES_NO } from './commands';
import { EditText } from './editAnywhere';
import { Stage } from './ids';
import { matchItems } from './reviewItems';
import { questionActivity } from './say';
import { sessionOf } from './session';

/*
 * "i dont need the laptop anymore" at the review: taking that piece of help out is offered ("Shall I
 * take out ...?"). A yes, or "can you delete it", takes out that help only, never its outcome.
 */

/** The turn's result when the message says a kept piece of help is no longer needed; undefined otherwise. */
export async function offerToTakeOutHelp(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  const named = at?.stage === Stage.review ? helpNoLongerNeeded(text) : undefined;
  const draft = named ? await session.draft() : undefined;
  if (!at || !named || !draft) return undefined;
  const helps = summaryItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.provision);
  const found = matchItems(draft, helps, named);
  if (found.length !== 1) return undefined;
  const help = found[0]!;
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: help.id } }));
  const words = { key: EditText.removeQuestion, vars: { item: quoteOf(help.text ?? '') } };
  await inner.context.sendActivity(questionActivity({ step: at.step, topic: at.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: at.stage }));
  return host.after(inner, { then: 'wait' });
}
