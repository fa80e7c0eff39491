import { describe, expect, it } from 'vitest';
import { refusesForThisHope, wasARefusal } from '../../src/language/refusedForHope';

describe('a refusal of a goal for the hope asked about', () => {
  it.each([
    'no i dont want one for that',
    "I don't want a goal for the holiday",
    'skip this dream',
    'no goal for this one',
    'not this dream',
    'skip this hope',
    'pass on this one',
    'leave the holiday one',
    'i dont need a goal for that',
    'nah not for that one',
    'i dont want any goal for the holiday one',
    'i dont want to do this one',
    'no outcome for that one pls',
  ])('%j says no to it', (text) => {
    expect(refusesForThisHope(text)).toBe(true);
  });

  it.each([
    'skip',
    'no',
    'i dont want to be tired',
    'i dont need help for that',
    'leave it',
    'the flat one',
    'i dont want people to stare at me',
    'i dont want my mum to come',
    'not this year',
    'no goal is too big for me',
    'i dont need any help with the bus',
  ])('%j is no refusal', (text) => {
    expect(refusesForThisHope(text)).toBe(false);
  });
});

describe('words kept that were a refusal', () => {
  it.each([
    ['no i dont really fancy doing one for the holiday', 'wait thats wrong'],
    ['skip this lol', 'thats wrong'],
    ['nah im alright for that one to be fair', 'i said no'],
    ['no thanks', 'i meant no'],
  ])('%j, then %j', (words, takeBack) => {
    expect(wasARefusal(words, takeBack)).toBe(true);
  });

  it.each([
    ['no more bullying at school', 'i said no'],
    ['no screens before bed', 'wait thats wrong'],
    ['i dont want to be bullied', 'i said no'],
    ['not being rushed', 'i said no'],
    ['i will save 20 pounds a month', 'i said no'],
  ])('%j, then %j, is not', (words, takeBack) => {
    expect(wasARefusal(words, takeBack)).toBe(false);
  });
});
