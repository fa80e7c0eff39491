import { describe, expect, it } from 'vitest';
import { takeOffered } from '../../dialogs/offeredExamples';
import type { JourneySession } from '../../dialogs/session';

/** A session that has just offered three hopes as examples at the dream question. */
const offeredHopes = { journey: { position: { stage: 'hopes', step: 'hopes.dream' }, offered: { step: 'hopes.dream', options: ['I want to work with animals', 'live in my own flat', 'go to college'], either: true } } } as unknown as JourneySession;

describe('a reply that points at one of the examples offered', () => {
  it.each([
    ['the first one', 'I want to work with animals'],
    ['second', 'live in my own flat'],
    ['the last one', 'go to college'],
    ['the college one', 'go to college'],
  ])('"%s" takes %j', (typed, example) => {
    expect(takeOffered(offeredHopes, typed)).toEqual({ answer: example });
  });

  it.each(['get a job first', 'college first', 'not the first one', 'my own car one day'])('"%s" is their own answer, never an example', (typed) => {
    expect(takeOffered(offeredHopes, typed)).toBeUndefined();
  });
});
