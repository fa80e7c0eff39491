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
  /** Least recently used first. */
  private readonly byKey = new Map<string, { eTag: string; journey: Journey; at: number }>();

  /**
   * `keepMs`: a journey unused for this long is let go (its words with it), so one deleted by the
   * retention job, which deletes only journeys idle for days, is not held in memory either.
   */
  constructor(
    private readonly limit = 2000,
    private readonly keepMs = 60 * 60 * 1000,
    private readonly now = () => Date.now(),
  ) {}

  /** The journey stored under `key` with exactly this eTag, if it is the one kept. */
  find(key: string, eTag: string | undefined): Journey | undefined {
    const kept = this.byKey.get(key);
    if (kept === undefined || eTag === undefined || kept.eTag !== eTag) return undefined;
    // Most recently used last, so the oldest is the first to go.
    this.byKey.delete(key);
    this.byKey.set(key, { ...kept, at: this.now() });
    return kept.journey;
  }

  /** The eTag of the journey kept for `key`, if one is. */
  eTagOf(key: string): string | undefined {
    return this.byKey.get(key)?.eTag;
  }

  keep(key: string, eTag: string | undefined, journey: Journey): void {
    this.byKey.delete(key);
    const now = this.now();
    for (const [oldest, { at }] of this.byKey) {
      if (this.byKey.size < this.limit && now - at < this.keepMs) break;
      this.byKey.delete(oldest);
    }
    if (eTag !== undefined) this.byKey.set(key, { eTag, journey, at: now });
  }

  /** A deleted journey's words are not kept in memory either. */
  forget(key: string): void {
    this.byKey.delete(key);
  }
}

/** Storage that can say an item's eTag without reading the item (src/storage's state stores can). */
type ETagReading = Storage & { eTagOf?(key: string): Promise<string | undefined> };

/** The journey stored under `key`, checked against the journey schema unless `known` has it with the same eTag. */
export async function readJourney(storage: ETagReading, key: string, known?: KnownJourneys): Promise<Journey | undefined> {
  // Most turns find the journey this server wrote last: its eTag alone says so, and nothing is read or parsed.
  const held = known?.eTagOf(key);
  if (held !== undefined && storage.eTagOf && (await storage.eTagOf(key)) === held) {
    const kept = known?.find(key, held);
    if (kept) return kept;
  }
  const stored = (await storage.read([key]))[key] as (Record<string, unknown> & { eTag?: string }) | undefined;
  if (!stored) return undefined;
  const kept = known?.find(key, stored.eTag);
  if (kept) return kept;
  const journey = journeySchema.parse(stored);
  known?.keep(key, stored.eTag, journey);
  return journey;
}
