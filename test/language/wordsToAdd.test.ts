import { describe, expect, it } from 'vitest';
import { withWordsAdded, wordsToAdd } from '../../src/language/wordsToAdd';

describe('words asked to be added to a sentence read back', () => {
  it.each([
    ['Almost right. But please add: with words or with his picture cards', 'with words or with his picture cards'],
    ['can you put also: in class and at home', 'in class and at home'],
    ['add "at home" please', 'at home'],
    ['I want to add with his cards', 'with his cards'],
    ['Ok but add: with his cards. Thanks', 'with his cards'],
    // Said to be more ("add", "also"): added, even when it reads as a sentence.
    ['can you also put i will ask for help', 'i will ask for help'],
    ['please add: i will take my bus pass', 'i will take my bus pass'],
  ])('"%s" adds "%s"', (typed, words) => expect(wordsToAdd(typed)).toBe(words));

  it.each(['yes', 'put it under the road hope', 'please add a date', 'he can add numbers to 10', 'add numbers to 20', 'Tunde will add numbers to 20', 'no change it',
    // A whole sentence of their own after "just put" is the new wording, never more words.
    'just put i will get the bus on my own', 'no just put by july ill get the bus on my own', 'pls just put i can cook pasta'])(
    '"%s" adds nothing',
    (typed) => expect(wordsToAdd(typed)).toBeUndefined(),
  );

  it('the words go before the full stop', () => {
    expect(withWordsAdded('By July 2027, Tunde will ask for help.', 'with his cards')).toBe('By July 2027, Tunde will ask for help with his cards.');
  });
});
