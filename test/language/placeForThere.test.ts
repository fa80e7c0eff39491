import { describe, expect, it } from 'vitest';
import { withHopesPlace } from '../../src/language/placeForThere';
import { fixOfTheSwap, withWordsSwapped } from '../../src/language/wordsToSwap';

describe('"there" read as the place the hope names', () => {
  it.each([
    ['do work experience there 2 days a week', 'work at the garden centre', 'do work experience at the garden centre 2 days a week'],
    ['go there on the bus on my own', 'work at the garden centre', 'go to the garden centre on the bus on my own'],
    ['cook there every sunday', 'live in my own flat', 'cook in my own flat every sunday'],
    ['make sure there is a quiet room', 'work at the garden centre', 'make sure there is a quiet room'],
    ['do work experience there', 'be a chef', 'do work experience there'],
  ])('%j for %j', (step, hope, readBack) => expect(withHopesPlace(step, hope)).toBe(readBack));
});

describe('a place put for "there" at the read-back', () => {
  const sentence = 'I will do work experience there 2 days a week';
  it.each([
    ['garden centre', 'at the garden centre'],
    ['the garden centre', 'at the garden centre'],
    ['Tesco', 'at Tesco'],
    ['at my nan\'s', 'at my nan\'s'],
  ])('%j is put as %j', (to, put) => expect(withWordsSwapped(sentence, { from: 'there', to })?.put).toBe(put));
  it('after "go" it is "to"', () => expect(withWordsSwapped('I will go there on the bus', { from: 'there', to: 'garden centre' })?.sentence).toBe('I will go to the garden centre on the bus'));
  it('a place said without "the" gets none: "go to college"', () => expect(withWordsSwapped('I will go there on the bus', { from: 'there', to: 'college' })?.sentence).toBe('I will go to college on the bus'));
});

describe('a fix of the words just put in', () => {
  it('"at the garden centre" after "garden centre" was put in', () => expect(fixOfTheSwap('at the garden centre', 'garden centre')).toEqual({ from: 'garden centre', to: 'at the garden centre' }));
  it('"no, at the big garden centre"', () => expect(fixOfTheSwap('no, at the big garden centre', 'at the garden centre')).toEqual({ from: 'at the garden centre', to: 'at the big garden centre' }));
  it.each(['yes', 'at the garden centre', 'i will go every tuesday'])('%j is no fix', (typed) => expect(fixOfTheSwap(typed, 'at the garden centre')).toBeUndefined());
});
