import { describe, expect, it } from 'vitest';
import { KnownJourneys } from '../../dialogs/knownJourneys';
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
