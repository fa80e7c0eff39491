import { describe, expect, it } from 'vitest';
import { readCorrectionTalk } from '../../src/language/correctionTalk';

describe('a request to keep a part needs a short phrase after "the", or in quotes', () => {
  it.each([['keep my room tidy bit by bit'], ['keep doing my bit'], ['make sure the bins are in'], ['keep the peace bit by bit']])(
    '"%s" is an answer, left alone',
    (text) => {
      expect(readCorrectionTalk(text)).toBeNull();
    },
  );

  it.each([
    ["keep the 'daily' bit", ['daily']],
    ['keep the daily part', ['daily']],
    ["make sure the 'daily' bit is in", ['daily']],
    ['make sure the daily part stays in', ['daily part']],
    ['make sure the daily part is kept', ['daily part']],
  ])('"%s" asks to keep parts', (text, parts) => {
    expect(readCorrectionTalk(text)).toEqual({ kind: 'keepParts', parts });
  });
});
