import { describe, expect, it } from 'vitest';
import { isGoodSentence, outcomeSentence } from '../../src/language/outcomeSentence';

describe("a parent's wish for their child, tidied into the child's step", () => {
  it.each([
    ['I really want her to make a friend at nursery', 'Maisie will make a friend at nursery.'],
    ["i'd like her to say 20 words", 'Maisie will say 20 words.'],
    ['I hope she will sit at circle time', 'Maisie will sit at circle time.'],
    ["she'll put her coat on by herself", 'Maisie will put her coat on by herself.'],
    ['i just want her to be able to feed herself', 'Maisie will feed herself.'],
    ['hoping she can count to 10', 'Maisie will count to 10.'],
  ])('"%s" becomes "%s"', (said, sentence) => {
    const tidied = outcomeSentence({ step: said, childName: 'Maisie', timeframe: null });
    expect(tidied).toBe(sentence);
    expect(isGoodSentence(tidied)).toBe(true);
  });

  it('keeps a child\'s own "I will" as theirs', () => {
    expect(outcomeSentence({ step: 'I will brush my teeth', childName: 'Maisie', timeframe: null })).toBe('I will brush my teeth.');
  });

  it('never writes "I will she" when the answer is "she will ..."', () => {
    expect(outcomeSentence({ step: "she'll put her coat on", timeframe: null })).not.toMatch(/I will (?:she|will)/);
    expect(outcomeSentence({ step: 'she will put her coat on', timeframe: null })).not.toMatch(/I will (?:she|will)/);
  });

  it.each([
    ['I want my son to dress himself', 'Sam', 'Sam will dress himself.'],
    ['I want my son to dress himself', '', 'He will dress himself.'],
    ['I just want my little boy to dress himself', 'Sam', 'Sam will dress himself.'],
    ['we want our son to dress himself', '', 'He will dress himself.'],
    ['I want my 6 year old to dress herself', '', 'She will dress herself.'],
    ['Id like my son to dress himself', 'Sam', 'Sam will dress himself.'],
    ['I want my son Sam to dress himself', '', 'He will dress himself.'],
    ['for my son to dress himself', 'Sam', 'Sam will dress himself.'],
    ['I want him to dress himself', '', 'He will dress himself.'],
    // Whatever the name typed: the one given, a nickname or another.
    ['I want Maisie to ride her bike', 'Maisie', 'Maisie will ride her bike.'],
    ['I want Mimi to ride her bike', 'Maisie', 'Mimi will ride her bike.'],
    ['I want Maisie to ride her bike', '', 'Maisie will ride her bike.'],
    ['I want Maisie to ride her bike', 'Leo', 'Maisie will ride her bike.'],
  ])('"%s" (child named "%s") is the child\'s sentence: "%s"', (said, childName, sentence) => {
    const tidied = outcomeSentence({ step: said, childName, timeframe: null });
    expect(tidied).toBe(sentence);
    expect(isGoodSentence(tidied)).toBe(true);
  });

  it('with a time first, "he" after the comma is in small letters', () => {
    const tidied = outcomeSentence({ step: 'I want my son to dress himself', childName: '', timeframe: { phrase: 'by the end of year 2', date: '2028-07-21' } });
    expect(tidied).toBe('By the end of Year 2, he will dress himself.');
    expect(isGoodSentence(tidied)).toBe(true);
  });

  it('"I want Mum to help her" is not read as the child named Mum', () => {
    expect(outcomeSentence({ step: 'I want Mum to help her ride her bike', childName: '', timeframe: null })).not.toMatch(/^Mum will/);
  });

  it('a young person\'s "I want my sister Maisie to ..." stays their own words', () => {
    expect(outcomeSentence({ step: 'I want my sister Maisie to ride her bike', timeframe: null })).toBe('I want my sister Maisie to ride her bike.');
    expect(outcomeSentence({ step: 'I want Maisie to ride her bike', timeframe: null })).toBe('I want Maisie to ride her bike.');
  });
});
