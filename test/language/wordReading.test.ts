import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyseStatement } from '../../src/language/analyseStatement';
import { knownWords } from '../../src/language/vocabulary';
import { forgetAllReadings, readingsHold } from '../../src/language/recentReadings';

const context = { today: '2026-03-02', schoolYear: 10 };

describe('the words of a statement', () => {
  afterEach(() => vi.restoreAllMocks());
  // Loading the models takes a while on a busy machine: once, before the tests.
  beforeAll(() => void analyseStatement('hello', context), 60_000);

  it('are stemmed once for every reader, not again by each reader and each message', () => {
    const said = 'i want to go bouldering and kayaking with my cousins by the summer';
    expect(knownWords().has('bouldering')).toBe(false);
    analyseStatement(said, context);
    const stemmer = vi.spyOn(PorterStemmer, 'stem');
    analyseStatement(said, context);
    analyseStatement('kayaking on my own in a year', context);
    expect(stemmer).not.toHaveBeenCalled();
  });

  it('are forgotten with every other reading', () => {
    analyseStatement('i love crocheting with my nan', context);
    expect(readingsHold('crocheting')).toBe(true);
    forgetAllReadings();
    expect(readingsHold('crocheting')).toBe(false);
  });
});
