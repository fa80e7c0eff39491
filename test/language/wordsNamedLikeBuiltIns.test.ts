import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../src/language/analyseStatement';
import { words } from '../../src/language/features';
import { concernText } from '../../src/language/concernText';
import { forgetAllReadings, readingsHold } from '../../src/language/recentReadings';

const context = { today: '2026-12-07' };

/*
 * A word that is also the name of something every JavaScript object has ("constructor", "toString",
 * "valueOf") is read as a word: "I want to work as a constructor" once stopped the whole analysis.
 */
describe('words that share a name with what every object has', () => {
  it.each([
    ['I want to work as a constructor on building sites', ['constructor']],
    ['constructor', ['constructor']],
    ['i wanna be a constructer or a constructor', ['want', 'to', 'constructor']],
    ['my dad is a constructor n i want 2 b 1', ['constructor', 'and']],
    ['he likes valueOf and toString in coding club', ['valueof', 'tostring']],
    ['hasOwnProperty isPrototypeOf', ['hasownproperty', 'isprototypeof']],
  ])('"%s" is analysed, its words read as words', (typed, expected) => {
    const read = words(typed);
    for (const word of expected) expect(read).toContain(word);
    expect(() => analyseStatement(typed, context)).not.toThrow();
  });

  it('text-speak in the same table is still spelled out ("wanna", "ppl", "cos", "lol")', () => {
    expect(words('i wanna see ppl cos lol')).toEqual(['i', 'want', 'to', 'see', 'people', 'because']);
  });
});

describe('a message read for concern is read once a turn, and forgotten with the readings', () => {
  it('the same words give the same reading, and "delete my data" leaves none behind', () => {
    const typed = 'my step dad kikd me last nite';
    const first = concernText(typed);
    expect(concernText(typed)).toBe(first);
    expect(first).toContain('kicked');
    forgetAllReadings();
    expect(readingsHold(typed)).toBe(false);
    expect(concernText(typed)).toBe(first);
  });
});
