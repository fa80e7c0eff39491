import { describe, expect, it } from 'vitest';
import { readPuzzledTalk } from '../../src/language/puzzledTalk';

/* "which date did u pick": the date kept, asked about, read as "by when?" reads it (one reader, whenAsked.ts). */

describe('the date kept, asked about as a part of the outcome', () => {
  it.each(['which date did u pick', 'what did you put for the date', 'what date did you put', 'sorry what did u put for the deadline'])('"%s" asks about the date', (typed) => {
    expect(readPuzzledTalk(typed)).toEqual({ kind: 'part', part: 'timeframe' });
  });

  it.each(['what time did you get up', 'what time did u put ur coat on', 'what date did you go'])('"%s" is no question about the date kept', (typed) => {
    expect(readPuzzledTalk(typed)).not.toEqual({ kind: 'part', part: 'timeframe' });
  });

  // Disclosures are never read as talk about the plan.
  it.each(['my dad hits me', 'i want to die', 'he touches me', 'i dont get fed'])('"%s" is no puzzled talk', (typed) => {
    expect(readPuzzledTalk(typed)).toBeNull();
  });
});
