import { describe, expect, it } from 'vitest';
import { confirmUnclear } from '../../src/language/confirmUnclear';
import { safeguardingInChat } from '../../src/language/concernInChat';

describe('a reply to "Shall I take out ...?" that is neither yes nor no', () => {
  it.each(['hmm wait what was get the bus on my own again', 'which one is that', 'what?', 'huh?', 'which hope?', 'sorry what was that', 'wait which one'])('"%s" asks which part is meant', (typed) => {
    expect(confirmUnclear(typed)).toBe('question');
  });

  it.each(['the second one', '2nd one', 'not that one', 'the other one', 'number 2', 'hang on', 'erm', 'let me think'])('"%s" points elsewhere or pauses', (typed) => {
    expect(confirmUnclear(typed)).toBe('pointer');
  });

  it.each(['crowds and buses are loud and i cant hear the stops', 'what makes it hard is the noise', 'what i find hard is reading', 'the second one is hard too because of the noise', 'the first time i got the bus i got lost', 'what if my dad hits me again?', 'my dad hits me'])('"%s" is read as usual', (typed) => {
    expect(confirmUnclear(typed)).toBeUndefined();
  });

  it.each(['what if my dad hits me again?', 'which one is that? my dad hits me', 'wait what was it, i want to kill myself'])('"%s" is still heard as a disclosure', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });
});
