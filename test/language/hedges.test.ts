import { describe, expect, it } from 'vitest';
import { withoutEndHedges } from '../../src/language/hedges';
import { hopesIn } from '../../src/language/hopesInMessage';

/* The hedge family: how sure someone is, said before or after their words, is not kept with them. */

describe('hedges around a hope', () => {
  it.each([
    ['read car manuals i suppose', 'read car manuals'],
    ['be a mechanic i guess', 'be a mechanic'],
    ['go to college probably', 'go to college'],
    ['get a job in a shop i think', 'get a job in a shop'],
    ['work with animals or something', 'work with animals'],
    ['work with animals or something like that', 'work with animals'],
    ['learn to cook kinda', 'learn to cook'],
    ['be a vet i hope', 'be a vet'],
    ['have my own flat if i can', 'have my own flat'],
    ['maybe work in a garage', 'work in a garage'],
    ['i suppose be a mechanic', 'be a mechanic'],
    ['perhaps, drive a car', 'drive a car'],
    ['drive a car one day hopefully', 'drive a car one day'],
    ['sort of want to live with my mate i reckon', 'want to live with my mate'],
  ])('"%s" is kept as "%s"', (said, kept) => {
    expect(hopesIn(said)).toEqual([kept]);
    expect(withoutEndHedges(said)).toBe(kept);
  });

  it.each(['i hope i can drive', 'go on holiday with my mum maybe twice a year', 'make something out of wood'])('"%s" keeps its words: the hedge is inside, or not a hedge', (said) => {
    expect(withoutEndHedges(said)).toBe(said);
  });

  it('a hedge on its own is not emptied into nothing', () => {
    expect(withoutEndHedges('maybe')).toBe('maybe');
  });
});
