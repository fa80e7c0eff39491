import { describe, expect, it } from 'vitest';
import { partsOf, readSplitAsked } from '../../src/language/splitItemAsked';

describe('a part of the plan asked to be made two', () => {
  it.each([
    ['split 4', '4'],
    ['can you split number 4 into 2', 'number 4'],
    ['split the job one please', 'the job one'],
    ['4 should be split', '4'],
  ])('"%s" names "%s"', (text, named) => expect(readSplitAsked(text)).toBe(named));

  it.each(['split it', 'i want to split up with my girlfriend and my mum and dad are split up too and its sad for everyone at home all the time', 'we split the money'])('"%s" asks no part of the plan to be split here', (text) => {
    const named = readSplitAsked(text);
    expect(named === null || !/^\d|one$/.test(named)).toBe(true);
  });

  it('cuts a part at "and", a comma or its sentences', () => {
    expect(partsOf('reading and travel', false)).toEqual(['reading', 'travel']);
    expect(partsOf('I get lost. Reading is hard.', false)).toEqual(['I get lost.', 'Reading is hard.']);
    expect(partsOf('i cant cook', false)).toEqual(['i cant cook']);
  });

  it('makes a goal with two things to do two goals with the same time', () => {
    expect(partsOf('In a year (by December 2027), I will get a job in a shop and learn to use the till.', true)).toEqual([
      'In a year (by December 2027), I will get a job in a shop.',
      'In a year (by December 2027), I will learn to use the till.',
    ]);
  });
});
