import { removeItems, type Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import type { AfterCommand } from './commands';
import type { Position } from './journey';
import { forgetAnswered } from './removeParts';
import { sayAll } from './say';
import type { DialogContext } from './dialogKit';
import type { JourneySession } from './session';

/*
 * "Just the hope" while an outcome for that hope is being made: they want the hope, and no outcome
 * for it now. Taking out the hope alone would leave the outcome linked to no hope, so the hope stays,
 * the half-made outcome goes, and the journey moves on from this hope.
 */

/** The outcomes not yet agreed for the hope being asked about now: they go if that hope is taken out. */
export function unfinishedOf(draft: Draft, itemId: string, position: Position | undefined): Draft['outcomes'] {
  return position?.topic === itemId ? draft.outcomes.filter((o) => o.aspirationId === itemId && !o.confirmed) : [];
}

export const HOPE_KEPT_OUTCOME_DROPPED = 'common:chatTalk.hopeKeptOutcomeDropped';

export async function keepHopeDropOutcome(
  dc: DialogContext,
  session: JourneySession,
  hope: { id: string; text: string },
  unfinished: Draft['outcomes'],
  next: Position,
): Promise<AfterCommand> {
  const ids = unfinished.map((o) => o.id);
  await session.updateDraft('hope kept, its outcome left out', (d) => removeItems(d, ids));
  await forgetAnswered(session, ids);
  await sayAll(dc.context, session.t, [{ key: HOPE_KEPT_OUTCOME_DROPPED, vars: { item: quoteOf(hope.text) } }]);
  return { then: 'openAt', position: next };
}
