import type { Draft } from '../src/domain/draft';
import { hopesOrderSaid, hopesSaidFirst } from '../src/language/hopesOrderSaid';
import { quoteOf } from '../src/language/quoteOf';
import { OutcomeText as T } from './outcomeText';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import { hopesToChooseFrom } from './outcomeWhichAll';
import { WHICH, whichChosen } from './outcomeWhichHope';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import type { Words } from './say';

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

/**
 * "talking and toilet are more urgent for us" at an outcome's first question: those hopes are worked on
 * first, in the order said, and the bot says so. Every name must point at a hope of its own.
 */
export async function hopesFirstSaid(session: JourneySession, draft: Draft, text: string): Promise<Next | undefined> {
  const names = hopesSaidFirst(text);
  if (!names) return undefined;
  const listed = { [WHICH]: draft.aspirations.map((h) => h.id).join(',') };
  const hopes = names.map((name) => whichChosen(draft, listed, name));
  if (hopes.some((h) => !h) || new Set(hopes.map((h) => h!.id)).size !== hopes.length) return undefined;
  const [first, ...rest] = hopes as NonNullable<(typeof hopes)[number]>[];
  await session.updateJourney((j) => ({ ...j, hopesQueued: rest.length > 0 ? { ids: rest.map((h) => h.id), thenDone: false } : undefined }));
  const say: Words = rest.length === 0 ? { key: T.hopesFirstOne, vars: { first: quoteOf(first!.text) } } : { key: T.hopesFirstMore, vars: { first: quoteOf(first!.text), next: rest.map((h) => `"${quoteOf(h.text)}"`).join(', ') } };
  return { say: [say], goTo: { step: Step.outcomeStep, topic: first!.id, data: {} } };
}
