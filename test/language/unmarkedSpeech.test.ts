import { describe, expect, it } from 'vitest';
import { outcomeSentence } from '../../src/language/outcomeSentence';
import { tidyTextSpeak } from '../../src/language/textSpeak';

/*
 * Words someone will say, typed without quote marks, are theirs: the read-back keeps them as typed
 * (only "i" becomes "I") and never rewords, drops or puts right a word of them.
 */

describe('words they will say, without quote marks, are kept', () => {
  it.each([
    ['ask will I be on the bus today', 'I will ask will I be on the bus today.'],
    ['say can i have a drink please', 'I will say can I have a drink please.'],
    ['say c u later to my mates', 'I will say c u later to my mates.'],
    ['tell the teacher i need a break maybe', 'I will tell the teacher I need a break maybe.'],
  ])('"%s" reads back as "%s"', (step, sentence) => {
    expect(outcomeSentence({ step, timeframe: null })).toBe(sentence);
  });

  it("keeps a child's words in a parent's answer", () => {
    expect(outcomeSentence({ step: 'he will ask can he have a go', timeframe: null, childName: 'Sam' })).toBe('Sam will ask can he have a go.');
    expect(outcomeSentence({ step: 'she will say no thank you I dont like it', timeframe: null, childName: 'Amira' })).toBe('Amira will say no thank you I dont like it.');
  });

  it('still leads with their time, taken out of the sentence', () => {
    expect(outcomeSentence({ step: 'say good morning to my teacher by christmas', timeframe: { phrase: 'by christmas', date: '2026-12-18' } })).toBe(
      'By Christmas (December 2026), I will say good morning to my teacher.',
    );
  });

  it('tidies text-speak around the words said, never inside them', () => {
    expect(tidyTextSpeak('i wanna tell staff u r annoying me')).toBe('I want to tell staff u r annoying me');
  });

  it('still tidies an answer with no words said', () => {
    expect(outcomeSentence({ step: 'i wanna go to the shop and buy my snack maybe', timeframe: null })).toBe('I will go to the shop and buy my snack.');
  });
});
