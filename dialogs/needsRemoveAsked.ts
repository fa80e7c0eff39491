import { quoteHopeIn } from '../src/language';
import { hopeHolds, hopesAskedToRemove } from '../src/language/hopesRemoveAsked';
import type { Position } from './journey';
import { quotedList } from './quotedList';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "can u just delete all the footballer ones pls" at a needs question: the hopes it names are listed,
 * with how to take them out when the whole plan is read back; then the same question again. The
 * request is never kept as a hard thing or as help.
 */

export const NeedsRemoveAskedText = {
  found: 'needs:removeAsked.found',
  notFound: 'needs:removeAsked.notFound',
} as const;

export async function removeAskedAtNeeds(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  const named = hopesAskedToRemove(text);
  if (!named) return undefined;
  const hopes = ((await session.draft())?.aspirations ?? []).filter((a) => hopeHolds(a.text, named));
  if (hopes.length === 0) return { say: [{ key: NeedsRemoveAskedText.notFound }], goTo: position };
  const list = `\n${quotedList(hopes.map((h) => quoteHopeIn(h.text, session.mode)))}`;
  return { say: [{ key: NeedsRemoveAskedText.found, vars: { hopes: list, thing: named } }], goTo: position };
}
