import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnownJourneys, readJourney } from '../../dialogs/knownJourneys';
import { createStores } from '../../src/storage';
import { newJourney } from '../../dialogs/journey';

/*
 * The journeys a server keeps in memory so that it does not check again the one it just wrote:
 * only with the eTag it was stored with, and never the words of a deleted or long-idle journey.
 */

describe('journeys kept in memory', () => {
  const journey = { ...newJourney('d1'), lastMessage: 'my words' };

  it('are handed back only for the eTag they were stored with', () => {
    const known = new KnownJourneys();
    known.keep('journey/d1', 'etag-1', journey);
    expect(known.find('journey/d1', 'etag-1')).toBe(journey);
    expect(known.find('journey/d1', 'etag-2')).toBeUndefined();
    expect(known.find('journey/d1', undefined)).toBeUndefined();
  });

  it('are let go when deleted, and after an hour unused', () => {
    let now = 0;
    const known = new KnownJourneys(2000, 60 * 60 * 1000, () => now);
    known.keep('journey/d1', 'etag-1', journey);
    known.forget('journey/d1');
    expect(known.find('journey/d1', 'etag-1')).toBeUndefined();

    known.keep('journey/d1', 'etag-1', journey);
    now = 61 * 60 * 1000;
    known.keep('journey/d2', 'etag-2', { ...newJourney('d2') });
    expect(known.find('journey/d1', 'etag-1')).toBeUndefined();
    expect(known.find('journey/d2', 'etag-2')).toBeDefined();
  });

  it('hold no more than their limit, the least recently used going first', () => {
    const known = new KnownJourneys(2);
    known.keep('journey/a', 'ea', journey);
    known.keep('journey/b', 'eb', journey);
    known.find('journey/a', 'ea');
    known.keep('journey/c', 'ec', journey);
    expect(known.find('journey/b', 'eb')).toBeUndefined();
    expect(known.find('journey/a', 'ea')).toBe(journey);
    expect(known.find('journey/c', 'ec')).toBe(journey);
  });
});

describe('a journey read back by the server that wrote it', () => {
  const journey = { ...newJourney('d1'), lastMessage: 'my words' };

  it('is taken as it is after asking only for its eTag, and read in full once another server changed it', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'known-journeys-'));
    const stores = await createStores({ dataDir });
    try {
      const key = 'journey/d1';
      const { eTags } = await stores.writeTurn({ drafts: [], state: { [key]: journey } });
      const known = new KnownJourneys();
      known.keep(key, eTags[key], journey);
      let fullReads = 0;
      const storage = { ...stores.state, eTagOf: stores.state.eTagOf, read: (keys: string[]) => (fullReads++, stores.state.read(keys)) };

      expect(await readJourney(storage, key, known)).toBe(journey);
      expect(fullReads).toBe(0);

      // Another server answered: its journey is read and checked as ever.
      await stores.state.write({ [key]: { ...journey, lastMessage: 'other words', eTag: '*' } });
      const read = await readJourney(storage, key, known);
      expect(fullReads).toBe(1);
      expect(read?.lastMessage).toBe('other words');

      // Deleted ("delete my data", retention): nothing is handed back from memory.
      await stores.state.delete([key]);
      expect(await readJourney(storage, key, known)).toBeUndefined();
    } finally {
      await stores.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
