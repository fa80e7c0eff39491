import type { StoreItems } from 'botbuilder';
import { draftSchema } from '../src/domain/draft';
import { InvalidDraftError } from '../src/errors';
import type { Journey } from './journey';
import type { SessionServices, TurnDraftSave } from './sessionContracts';

/*
 * How a turn's changes reach storage: in one transaction when the services can (src/storage's
 * writeTurn), else the draft versions then the state items, checked as src/storage checks them.
 * The session decides what to write; this only writes it.
 */

export const journeyKey = (draftId: string) => `journey/${draftId}`;

/** What one turn writes: new draft versions, state items, and the journey when it changed. */
export interface TurnWrites {
  drafts: TurnDraftSave[];
  items: StoreItems;
  /** The journey as it now is; `journeyChanged` when it is among `items`. */
  journey: Journey;
  journeyChanged: boolean;
}

/** Writes the turn; the version of the last draft stored, when any was. Throws ConflictError or InvalidDraftError. */
export async function writeTurnOnce(services: SessionServices, draftId: string, writes: TurnWrites): Promise<number | undefined> {
  const { drafts, items, journey, journeyChanged } = writes;
  const key = journeyKey(draftId);
  if (services.writeTurn) {
    const written = await services.writeTurn({ drafts, state: items });
    if (journeyChanged) services.journeys?.keep(key, written.eTags[key], journey);
    return written.drafts.at(-1)?.version;
  }
  services.journeys?.keep(key, undefined, journey);
  // Without the turn's one write, the newest document is checked here, as src/storage does.
  const newest = drafts.at(-1);
  if (newest && !draftSchema.safeParse(newest.document).success) throw new InvalidDraftError(newest.id, 1);
  let version: number | undefined;
  for (const d of drafts) version = (await services.drafts.save(d.id, d.document, d.expectedVersion, d.change)).version;
  if (Object.keys(items).length > 0) await services.storage.write(items);
  return version;
}
