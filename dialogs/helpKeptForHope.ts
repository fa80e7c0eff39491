import { quoteHopeIn } from '../src/language/hopeItself';
import { hopesPickedByWords } from '../src/language/hopePicked';
import { asksHelpKeptFor } from '../src/language/helpKeptAsked';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "did you save the help i need for the game one?": the help kept for that hope is listed (what
 * helps with its hard things, and the support kept with its outcomes), or they are told none is
 * kept yet and when it will be asked. Never kept; the open question waits.
 */

export const HelpKeptText = { some: 'common:chatTalk.helpKeptForHope', none: 'common:chatTalk.noHelpKeptForHope' } as const;

/** The turn's result when the message asks about the help kept for one hope; undefined otherwise. */
export async function answerHelpKeptForHope(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const named = asksHelpKeptFor(text);
  if (!named) return undefined;
  const session = sessionOf(inner.context);
  const draft = await session.draft();
  const hope = draft ? hopesPickedByWords(named, draft.aspirations).at(-1) : undefined;
  if (!draft || !hope) return undefined;
  const helps = [
    ...draft.needs.filter((n) => n.aspirationIds.includes(hope.id)).flatMap((n) => n.helps ?? []),
    ...draft.outcomes.filter((o) => o.aspirationId === hope.id).flatMap((o) => o.provision.map((p) => p.text)),
  ];
  const vars = { hope: quoteHopeIn(hope.text, session.mode), helps: [...new Set(helps)].map((h) => `"${h}"`).join(', ') };
  await sayAll(inner.context, session.t, [{ key: helps.length > 0 ? HelpKeptText.some : HelpKeptText.none, vars }]);
  return host.reprompt(inner);
}
