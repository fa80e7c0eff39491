import type { Draft } from '../src/domain/draft';
import { hopesOrderSaid } from '../src/language/hopesOrderSaid';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { hopesToChooseFrom } from './outcomeWhichAll';
import { WHICH, whichChosen } from './outcomeWhichHope';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';

/*
 * "bus then sleep then done" at "which hope shall we work on next?" (or "another outcome?"): the first hope named
 * is asked about now; once its outcome is saved, the next one named follows with no "another?" between; after the
 * last, the outcomes end when they said "then done". Every name must point at one hope of its own, or the
 * message is read as before.
 */

/** The first hope of an order said, with the rest queued; undefined when the message gives no order of hopes. */
export async function hopesInOrder(session: JourneySession, position: Position, draft: Draft, text: string): Promise<Next | undefined> {
  const order = hopesOrderSaid(text);
  if (!order) return undefined;
  const data = position.data ?? {};
  // The hopes on the list asked about; at "another outcome?", the hopes with no outcome yet (or all of them).
  const listed = data[WHICH] ? data : { [WHICH]: hopesToChooseFrom(draft).map((h) => h.id).join(',') };
  const hopes = order.names.map((name) => whichChosen(draft, listed, name));
  const ids = hopes.map((h) => h?.id);
  if (ids.some((id) => !id) || new Set(ids).size !== ids.length) return undefined;
  const [first, ...rest] = ids as string[];
  await session.updateJourney((j) => ({
    ...j,
    hopesQueued: rest.length > 0 ? { ids: rest, thenDone: order.thenDone } : undefined,
    lastOutcome: rest.length === 0 && order.thenDone ? true : j.lastOutcome,
  }));
  return { goTo: { step: Step.outcomeStep, topic: first!, data: {} } };
}

/** The next hope queued, taken off the queue (the last one is marked as the last outcome when they said "then done"). */
export async function nextQueued(session: JourneySession, draft: Draft): Promise<string | undefined> {
  const queued = session.journey.hopesQueued;
  if (!queued) return undefined;
  const ids = queued.ids.filter((id) => draft.aspirations.some((a) => a.id === id));
  const [next, ...rest] = ids;
  await session.updateJourney((j) => ({
    ...j,
    hopesQueued: rest.length > 0 ? { ...queued, ids: rest } : undefined,
    lastOutcome: next && rest.length === 0 && queued.thenDone ? true : j.lastOutcome,
  }));
  return next;
}
