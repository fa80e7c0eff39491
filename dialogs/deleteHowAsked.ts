import { readDeleteHowAsked } from '../src/language/deleteHowAsked';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { ChatTalkText } from './chatTalkReply';
import { askEdit } from './editAnywhere';
import { HopesAskedText } from './hopesAsked';
import { Stage } from './ids';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "your doing it again that was not a hope i asked you to delete stuff. how do i delete things" at
 * the hopes or needs questions: sorry once, how to take a part out, then the last hope (or the last
 * hard thing, when they name one) offered to take out after a yes. Nothing is kept as an answer.
 */

/** The turn's result when the message complained and asked how to delete; undefined when it did not. */
export async function answerDeleteHowAsked(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  // At an outcome's questions the last thing kept is a step, which those questions take out themselves.
  if (!at || (at.stage !== Stage.hopes && at.stage !== Stage.needs)) return undefined;
  const asked = readDeleteHowAsked(text);
  if (!asked) return undefined;
  await sayAll(inner.context, session.t, [{ key: HopesAskedText.sorry }, { key: ChatTalkText.howToRemove }]);
  const draft = await session.draft();
  // A hard thing is offered only when they named one and one was kept for the hope in hand.
  const needsHere = draft?.needs.filter((n) => !at.topic || n.aspirationIds.includes(at.topic)) ?? [];
  const kind = asked.kind === 'need' && needsHere.length > 0 ? 'need' : 'hope';
  const last = kind === 'need' ? needsHere.at(-1) : draft?.aspirations.at(-1);
  if (!last) return host.reprompt(inner);
  return host.after(inner, await askEdit(inner, session, { action: 'remove', part: { kind, place: null, about: null, current: false, id: last.id } }));
}
