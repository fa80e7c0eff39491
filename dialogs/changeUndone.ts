import type { Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { wrongThingChanged } from '../src/language/wrongChanged';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import type { Position } from './journey';
import { sayAll } from './say';
import { sessionOf, type JourneySession } from './session';

/*
 * "no wait, loud busy places" replaced the answer before; "you changed the wrong thing" said next
 * puts that answer back as it was, and what else they said answers the question open before.
 */

const PUT_BACK = 'common:changeUndone';

const samePlace = (a: Position | undefined, b: Position): boolean => a?.step === b.step && a?.topic === b.topic;

/** Help and hard things kept before the change and not now: what the change took away. */
function takenAway(before: Draft['needs'], now: Draft['needs']): string[] {
  const kept = new Set(now.flatMap((n) => [n.text, ...(n.helps ?? [])]));
  return before.flatMap((n) => [n.text, ...(n.helps ?? [])]).filter((t) => !kept.has(t));
}

/** Remembers the hopes and needs before an answer was replaced, for one message. */
export async function rememberReplaced(session: JourneySession, earlier: Draft | undefined, before: Position): Promise<void> {
  const after = session.journey.position;
  if (!earlier || !after) return;
  await session.updateJourney((j) => ({ ...j, replaced: { needs: earlier.needs, aspirations: earlier.aspirations, before, after } }));
}

/** The turn's result when the replacement is put back; undefined otherwise (the note is kept for one message only). */
export async function undoWrongChange(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const replaced = session.journey.replaced;
  if (!replaced) return undefined;
  await session.updateJourney(({ replaced: _done, ...j }) => j);
  const draft = await session.draft();
  if (!draft || !samePlace(session.journey.position, replaced.after)) return undefined;
  const { needs, aspirations } = replaced;
  const lost = takenAway(needs, draft.needs);
  const wrong = lost.length > 0 ? wrongThingChanged(text, lost) : null;
  if (!wrong) return undefined;
  await session.updateDraft('change put back', (d) => ({ ...d, needs, aspirations }));
  await sayAll(inner.context, session.t, [{ key: PUT_BACK, vars: { item: quoteOf(lost[0]!) } }]);
  return wrong.rest && host.hasStage(replaced.before.stage) ? host.answerWith(inner, replaced.before, wrong.rest) : host.openAt(inner, replaced.before);
}
