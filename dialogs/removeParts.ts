import { idsAfterRemoval } from '../src/domain/draft';
import type { JourneySession } from './session';

/*
 * The journey notes which items each question added (so answering it again replaces them). Once
 * items are taken out, those notes are moved with the answers after them, never left pointing at
 * the next one.
 */
export async function forgetAnswered(session: JourneySession, removedIds: readonly string[]): Promise<void> {
  if (removedIds.length === 0) return;
  await session.updateJourney((j) => ({
    ...j,
    answered: Object.fromEntries(Object.entries(j.answered).map(([key, ids]) => [key, idsAfterRemoval(removedIds, ids)])),
  }));
}
