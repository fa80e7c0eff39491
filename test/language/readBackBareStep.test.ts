import { describe, expect, it } from 'vitest';
import { readBackReply } from '../../src/language/readBackReply';

/*
 * At the outcome's read-back, "bit messy. can it just say read a few pages of a Dog Man comic by
 * himself": the step after "can it say" is the new wording, even without "Kayden will" before it.
 * A pointer or a question after "it should say" is never wording.
 */
describe('a step led by "can it say" after a remark', () => {
  it.each([
    ['bit messy. can it just say read a few pages of a Dog Man comic by himself', 'read a few pages of a Dog Man comic by himself'],
    ['too long. it should say go to the quiet space himself', 'go to the quiet space himself'],
  ])('"%s" is the wording "%s"', (typed, words) => {
    expect(readBackReply(typed, 'Kayden')).toMatchObject({ kind: 'wording', words });
  });

  it.each([
    'bit messy. it should say what he will actually do',
    'bit messy. can it say the date',
    'thats wrong. it should be shorter',
    'Better thanks. Can the date just say September 2027',
  ])('"%s" is no wording', (typed) => {
    expect(readBackReply(typed, 'Kayden')?.kind).not.toBe('wording');
  });
});
