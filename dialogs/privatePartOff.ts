import { replaceItemText } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { asksToKeepOutOfPlan, withoutPrivatePart } from '../src/language/privatePart';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatHost';
import { sayAll } from './say';
import { lastKeptAnswers } from './sentenceTakenOff';
import { sessionOf } from './session';

/*
 * "i dont want it in my plan" just after a hope with something private beside it ("... my mum cant
 * really give me money rn cos shes not allowed the card"): the private part comes out, the hope's
 * own words stay, and the bot says what the answer now says. When it cannot tell which part is
 * meant, it asks. The request is never kept as an answer, nor read as "no" to the open question.
 */

export const PrivatePartText = {
  taken: 'common:privatePart.taken',
  which: 'common:privatePart.which',
} as const;

/** The turn's result when the message asks for a part of the last answer to stay out of the plan; otherwise undefined. */
export async function takePrivatePartOut(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  if (!asksToKeepOutOfPlan(text)) return undefined;
  const session = sessionOf(inner.context);
  const last = (await lastKeptAnswers(session)).find((kept) => kept.text !== undefined);
  if (!last?.text) return undefined;
  const left = withoutPrivatePart(last.text);
  if (!left) {
    await sayAll(inner.context, session.t, [{ key: PrivatePartText.which }]);
    return host.reprompt(inner);
  }
  await session.updateDraft('private part taken out of the last answer', (d) => replaceItemText(d, last.id, left));
  await sayAll(inner.context, session.t, [{ key: PrivatePartText.taken, vars: { text: quoteOf(left) } }]);
  return host.reprompt(inner);
}
