import type { DialogContext, DialogTurnResult } from './dialogKit';
import { addAboutMe, idsAfterRemoval, removeItems } from '../src/domain/draft';
import { parseItemId } from '../src/domain/itemIds';
import { saysHopesAreHelp } from '../src/language/hopesAreHelp';
import type { ChatHost } from './chatTalk';
import { keptAt } from './correction';
import { Stage } from './ids';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "No that's wrong. These are not hopes. This is what helps her. Please put it in the what helps
 * question": the hopes the last answer kept go to how best to support them, in their own words.
 * The complaint itself is never kept anywhere.
 */

export const HopesMovedText = {
  moved: 'common:hopesMovedToSupport.moved',
} as const;

/** The turn's result when the hopes just kept are moved to support; undefined otherwise. */
export async function moveHopesToSupport(inner: DialogContext, host: ChatHost, text: string): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || at.stage !== Stage.hopes || !saysHopesAreHelp(text)) return undefined;
  const draft = await session.draft();
  const before = session.journey.history.at(-1);
  const isHope = (id: string) => {
    const ref = parseItemId(id);
    return ref.kind === 'entity' && Boolean(draft?.aspirations.some((a) => a.id === ref.id));
  };
  // The hopes the last answer kept: at the question before, or at this one when it was asked again.
  const lastKept = async (position: typeof at | undefined) => (position ? (await keptAt(session, position)).filter((k) => isHope(k.id) && k.text) : []);
  const kept = before?.stage === Stage.hopes && (await lastKept(before)).length > 0 ? await lastKept(before) : await lastKept(at);
  if (!draft || kept.length === 0) return undefined;
  const ids = kept.map((k) => k.id);
  await session.updateDraft('hopes moved to support', (d) => kept.reduce((next, k) => addAboutMe(next, 'support', k.text!), removeItems(d, ids)));
  await session.updateJourney((j) => ({ ...j, answered: Object.fromEntries(Object.entries(j.answered).map(([k, list]) => [k, idsAfterRemoval(ids, list)])) }));
  await sayAll(inner.context, session.t, [{ key: HopesMovedText.moved }]);
  return host.reprompt(inner);
}
