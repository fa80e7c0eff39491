import { describe, expect, it } from 'vitest';
import { hopesIn } from '../../src/language/hopesInMessage';
import { splitHopes } from '../../src/language/splitHopes';

describe('how people lead into a hope', () => {
  it.each([
    ['Now the hopes. I want to add a hope: to learn to drive', ['to learn to drive']],
    ['another one is to have a dog of my own', ['to have a dog of my own']],
    ['ok my next hope is that she can swim a length', ['she can swim a length']],
    ['one more thing: live near my nan', ['live near my nan']],
    ['right, on to the hopes\ni want to be a vet', ['i want to be a vet']],
  ])('"%s" keeps the hope without the lead-in', (typed, hopes) => {
    expect(hopesIn(typed)).toEqual(hopes);
  });

  it('a hope counted in the middle of a message starts a new one, and the count goes', () => {
    expect(hopesIn("I'd like him to get better at reading and to have a friend he sees outside school, and the third one is that he's safe on school trips")).toEqual([
      "I'd like him to get better at reading",
      'to have a friend he sees outside school',
      "he's safe on school trips",
    ]);
    expect(hopesIn('i want to be a nurse. another one is to live with my sister')).toEqual(['i want to be a nurse', 'to live with my sister']);
  });

  it('"the other one" that is not a count stays in the hope', () => {
    expect(hopesIn('i want to play for the other team one day')).toEqual(['i want to play for the other team one day']);
    expect(hopesIn('to know which bus is the right one and get on it')).toEqual(['to know which bus is the right one and get on it']);
  });
});

describe('"to" said again starts the next hope of a list', () => {
  it('cuts "and to manage my own appointments" from the hope before it', () => {
    expect(splitHopes('keep doing my physio exercises every day and to manage my own appointments')).toEqual([
      'keep doing my physio exercises every day',
      'to manage my own appointments',
    ]);
  });

  it('keeps "learn to cook and to clean" as one hope', () => {
    expect(splitHopes('learn to cook and to clean')).toEqual(['learn to cook and to clean']);
  });
});
