import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { namedAdultDoesToThem } from '../../src/language/someoneDoesToThem';

/*
 * Outside "Do you feel safe?", a named adult's hand on them, waiting for them, secrets or photos is a disclosure at
 * any question. A driver waiting, a parent's partner giving lifts, or someone needed beside them is not.
 */
const said = (text: string) => safeguardingInChat(text, { parent: false });

describe('a named adult doing what no plan asks for is told, at any question', () => {
  it.each([
    ['the man on the bus puts his hand on my knee', 'sexual_abuse'],
    ['the man next door waits for me after school', 'harm_from_others'],
    ['the man next door waits for me after school, its a bit weird', 'harm_from_others'],
    ['the old man at the park takes photos of me', 'sexual_abuse'],
    // The ordinary words of the quiet ones below, with the harm beside them.
    ['my mums boyfriend gives me lifts and puts his hand on my leg', 'sexual_abuse'],
    ['the taxi driver waits for me and puts his hand on my knee', 'sexual_abuse'],
  ])('%j', (typed, category) => {
    expect(said(typed)).toEqual({ action: 'answer', category });
  });
});

describe('the same people doing ordinary things stay quiet', () => {
  it.each([
    'my mums boyfriend gives me lifts',
    'the taxi driver waits for me',
    'my neighbour gives me lifts to school',
    'the lollipop lady waits for me at the crossing',
    'i need someone to sit close to me in maths',
    'adults watch me at lunch',
    'i dont want the man next door to wait for me',
  ])('%j', (typed) => {
    expect(namedAdultDoesToThem(typed)).toBeUndefined();
    expect(said(typed).action).not.toBe('answer');
  });
});

describe('a pause in the middle keeps the adult and the deed together', () => {
  it.each([
    ['the man at the bus stop… waits for me', 'harm_from_others'],
    ['the man on the bus… puts his hand on my knee', 'sexual_abuse'],
    ['i dont like the bus; the man at the bus stop follows me', 'harm_from_others'],
  ])('%j', (typed, category) => {
    expect(namedAdultDoesToThem(typed)).toBe(category);
    expect(said(typed)).toEqual({ action: 'answer', category });
  });
});
