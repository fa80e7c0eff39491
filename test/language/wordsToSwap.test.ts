import { describe, expect, it } from 'vitest';
import { withWordsSwapped, wordsToSwap } from '../../src/language/wordsToSwap';

const SENTENCE = 'By the summer (July 2027), I will still work at the cafe on my own 1 day a week.';

describe('words asked to be changed in a read-back', () => {
  it('finds the old and new words, typos and lead-ins aside', () => {
    expect(wordsToSwap('actully make it 2 days a week not 1')).toEqual({ from: '1', to: '2 days a week' });
    expect(wordsToSwap('chnage cafe to coffee shop')).toEqual({ from: 'cafe', to: 'coffee shop' });
    expect(wordsToSwap('can you cahnge "cafe" to "coffee shop" please')).toEqual({ from: 'cafe', to: 'coffee shop' });
    expect(wordsToSwap('replace mum with my nan')).toEqual({ from: 'mum', to: 'my nan' });
    expect(wordsToSwap('it should say nan instead of mum')).toEqual({ from: 'mum', to: 'nan' });
    expect(wordsToSwap('oh wait, not 1, make it 2 days a week')).toEqual({ from: '1', to: '2 days a week' });
  });

  it('leaves alone answers and requests that swap no words', () => {
    for (const said of ['I want to change schools', 'change it to: I will go to the shop', 'make it easier', 'not really, I will go swimming', 'yes thats right', 'change the date to July', 'can I change my mind', 'no not yet']) {
      expect(wordsToSwap(said), said).toBeUndefined();
    }
  });

  it('changes the words where the sentence has them, and never guesses', () => {
    expect(withWordsSwapped(SENTENCE, { from: '1', to: '2 days a week' })).toEqual({
      sentence: 'By the summer (July 2027), I will still work at the cafe on my own 2 days a week.',
      old: '1 day a week',
      put: '2 days a week',
    });
    expect(withWordsSwapped(SENTENCE, { from: 'cafe', to: 'coffee shop' })?.sentence).toBe('By the summer (July 2027), I will still work at the coffee shop on my own 1 day a week.');
    expect(withWordsSwapped(SENTENCE, { from: 'mum', to: 'nan' })).toBeUndefined();
    expect(withWordsSwapped(SENTENCE, { from: 'caf', to: 'shop' })).toBeUndefined();
  });
});
