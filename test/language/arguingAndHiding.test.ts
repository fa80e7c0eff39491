import { describe, expect, it } from 'vitest';
import { tellsOfArguingAtHome } from '../../src/language/arguingAtHome';
import { tellsOfHidingFromSomeone } from '../../src/language/hidesFromSomeone';
import { detectConcern } from '../../src/language/concern';

/* Hiding from someone at home, and the grown-ups at home arguing, told as if it were nothing. */

describe('hiding from someone when they start', () => {
  it.each(['ye im ok he doesnt do anything to me. i just stay in my room when he starts', 'im fine, i go upstairs when they kick off', 'im ok i just keep out of his way when hes drunk'])('%j tells of hiding', (text) => {
    expect(tellsOfHidingFromSomeone(text)).toBe(true);
  });
  it.each(['home is ok i just stay in my room alot its fine', 'ye im ok i stay in my room when i want to game', 'im ok i go out when my mates call'])('%j does not', (text) => {
    expect(tellsOfHidingFromSomeone(text)).toBe(false);
  });
});

describe('the grown-ups at home arguing, and shutting it out', () => {
  it.each(['its just them arguing. i put my headphones in', 'they argue alot. i go to my room', 'mum and him are shouting again, i turn my music up'])('%j is about home', (text) => {
    expect(tellsOfArguingAtHome(text)).toBe(true);
  });
  it.each(['be a vet. its just them arguing', 'they argue about who goes first in the game', 'i put my headphones in on the bus'])('%j is not only that', (text) => {
    expect(tellsOfArguingAtHome(text)).toBe(false);
  });
  it.each(['my dad hits me', 'he touches me', 'they take my money'])('plain disclosure %j is still heard', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
  });
});
