import { replaceItemText } from '../src/domain/draft';
import { summaryItems } from '../src/domain/draftSummary';
import { quoteOf, readEditRequest } from '../src/language';
import { sentenceToTakeOff, withSentenceTakenOff } from '../src/language/sentenceTakenOff';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatHost';
import { namesKeptPart } from './editPartFound';
import { questionKey, steppedBack } from './journey';
import { Step } from './ids';
import { sayAll } from './say';
import { sessionOf, type JourneySession } from './session';

/*
 * "take off the last bit about trouble" just after an answer of several sentences was kept: that
 * sentence comes off the words kept, the rest stays, and the open question is asked again. When no
 * such sentence is in what was just kept, a part of the plan it names is left to the readers of
 * such parts ("take out the bit about being a chef"); with none, the bot says it could not tell
 * which part is meant. The request is never kept as an answer.
 */

export const SentenceTakenOffText = {
  changed: 'common:chatTalk.changed',
  notFound: 'common:chatTalk.notFound',
} as const;

/**
 * What the open question kept ("another hope?" keeps as it stays open), then what the question before
 * kept: newest first, with the words kept now.
 */
export async function lastKeptAnswers(session: JourneySession): Promise<Array<{ id: string; text: string | undefined }>> {
  const open = session.journey.position;
  if (!open) return [];
  const draft = await session.draft();
  const back = steppedBack(session.journey);
  const ids = [...(session.journey.answered[questionKey(open)] ?? []), ...(back?.position ? (back.answered[questionKey(back.position)] ?? []) : [])].reverse();
  const texts = new Map((draft ? summaryItems(draft) : []).map((item) => [item.id, item.text]));
  return ids.map((id) => ({ id, text: texts.get(id) }));
}

/** The turn's result when the message asks for a sentence of the last answer to go; otherwise undefined. */
export async function takeOffSentenceOfLast(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const asked = sentenceToTakeOff(text);
  const session = sessionOf(inner.context);
  const open = session.journey.position;
  if (!asked || !open) return undefined;
  for (const { id, text: kept } of await lastKeptAnswers(session)) {
    const left = kept ? withSentenceTakenOff(kept, asked) : undefined;
    if (!left) continue;
    await session.updateDraft('sentence taken off the last answer', (d) => replaceItemText(d, id, left));
    await sayAll(inner.context, session.t, [{ key: SentenceTakenOffText.changed, vars: { text: quoteOf(left) } }]);
    return host.reprompt(inner);
  }
  // No sentence of the last answer is about it: "take out the bit about being a chef" names a part of the plan, read next.
  const named = readEditRequest(text);
  if (named?.action === 'remove' && (await namesKeptPart(session, named.part))) return undefined;
  // At the read-back of an outcome, a sentence of the outcome itself is read next ("take the cousin bit out").
  if (open.step === Step.outcomeConfirm) return undefined;
  // Nothing kept is about it: said so, and the open question asked again; the request is never kept as an answer.
  await sayAll(inner.context, session.t, [{ key: SentenceTakenOffText.notFound }]);
  return host.reprompt(inner);
}
