import type { Storage } from 'botbuilder';
import { journeySchema, type Journey } from './journey';

/**
 * The journeys this process last wrote or read, each with the eTag it is stored with. A turn reads
 * its journey and usually writes it: a read that finds the eTag of the journey kept for that key
 * takes the journey as it is, instead of checking it against the journey schema again. Another
 * eTag (another instance wrote it, "start again") is parsed as ever. Journeys are never changed in
 * place (every change returns a new one), so one can be handed to every turn.
 */
export class KnownJourneys {
  private readonly byKey = new Map<string, { eTag: string; journey: Journey }>();

  constructor(private readonly limit = 2000) {}

  /** The journey stored under `key` with exactly this eTag, if it is the one kept. */
  find(key: string, eTag: string | undefined): Journey | undefined {
    const kept = this.byKey.get(key);
    if (kept === undefined || eTag === undefined || kept.eTag !== eTag) return undefined;
    // Most recently used last, so the oldest is the first to go.
    this.byKey.delete(key);
    this.byKey.set(key, kept);
    return kept.journey;
  }

  keep(key: string, eTag: string | undefined, journey: Journey): void {
    this.byKey.delete(key);
    if (eTag === undefined) return;
    this.byKey.set(key, { eTag, journey });
    if (this.byKey.size > this.limit) this.byKey.delete(this.byKey.keys().next().value!);
  }
}

/** The journey stored under `key`, checked against the journey schema unless `known` has it with the same eTag. */
export async function readJourney(storage: Storage, key: string, known?: KnownJourneys): Promise<Journey | undefined> {
  const stored = (await storage.read([key]))[key] as (Record<string, unknown> & { eTag?: string }) | undefined;
  if (!stored) return undefined;
  const kept = known?.find(key, stored.eTag);
  if (kept) return kept;
  const journey = journeySchema.parse(stored);
  known?.keep(key, stored.eTag, journey);
  return journey;
}
