import { describe, expect, it } from 'vitest';
import { analyseStatement, themeOfStatement } from '../../src/language/analyseStatement';

/*
 * Jamal's help for his travel hope, typed in text-speak: "sum1 to go wiv me first time". What it is
 * about is read from the words as meant ("someone to go with me"): travel, part of living
 * independently, never education.
 */
describe('the theme of help typed in text-speak', () => {
  const context = { today: '2026-12-06', age: 20 };

  it('"sum1 to go wiv me first time" is about living independently, as its spelled-out words are', () => {
    expect(analyseStatement('sum1 to go wiv me first time', context).theme).toBe('independent_living');
    expect(themeOfStatement('sum1 to go wiv me first time', context)).toBe('independent_living');
    expect(analyseStatement('someone to go with me the first time', context).theme).toBe('independent_living');
  });

  it('the kind is still read from the words as typed: help, kept as provision', () => {
    expect(analyseStatement('sum1 to go wiv me first time', context).kind).toBe('provision');
  });

  it('"i want 2 go 2 college" stays about learning and work', () => {
    expect(analyseStatement('i want 2 go 2 college', context).theme).toBe('learning_and_work');
  });
});
