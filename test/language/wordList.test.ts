import { describe, expect, it } from 'vitest';
import { recogniseCommand } from '../../src/language';
import { knownWords } from '../../src/language/vocabulary';

/*
 * The word list saved by training (models/words.json) tells the readers which words are spelt as
 * meant. A misspelling one writer typed once in the corpus must not join it: "sho my draft" is
 * still the command, not three real words.
 */
describe('the saved word list', () => {
  it('leaves out a misspelling the corpus holds once, so the command typed with it is still read', () => {
    expect(knownWords().has('sho')).toBe(false);
    expect(knownWords().has('bedrom')).toBe(false);
    expect(recogniseCommand('sho my draft')).toBe('showDraft');
  });

  it('keeps real words and the spellings many people type', () => {
    for (const word of ['shown', 'easter', 'frend', 'hes']) expect(knownWords().has(word)).toBe(true);
    expect(recogniseCommand('make it easter')).toBeNull();
  });
});
