import { describe, expect, it } from 'vitest';
import { wordsPutRight } from '../../src/language/wordsPutRight';
import { readWhoByNameOrAge } from '../../src/language/whoByNameOrAge';
import { isBareDoing } from '../../src/language/vagueMeasure';
import { helpWithThing } from '../../src/language/helpTopicOnly';

/* The short readings behind this round's fixes, each with look-alikes that must not change. */

describe('"X not Y" at a read-back', () => {
  it.each([
    ['crystal palace not palace', { from: 'palace', to: 'crystal palace' }],
    ['no, dan not dad', { from: 'dad', to: 'dan' }],
    ['train instead of bus', { from: 'bus', to: 'train' }],
  ])('"%s"', (typed, swap) => expect(wordsPutRight(typed)).toEqual(swap));

  it.each(['its good not perfect', 'yes not really', 'i want to go to matches not stay in at home all the time', 'me not him'])('"%s" is no correction', (typed) => {
    expect(wordsPutRight(typed)).toBeUndefined();
  });
});

describe('a name or an age typed at "who is chatting?"', () => {
  it.each([
    ['finn', { name: 'Finn' }],
    ['12', { age: { age: 12 } }],
    ['year 7', { age: { schoolYear: 7 } }],
  ])('"%s"', (typed, read) => expect(readWhoByNameOrAge(typed)).toEqual(read));

  it.each(['30', 'dunno', 'hes 6', 'my dad hits me', 'he touches me', 'nobody', 'mum'])('"%s" is neither', (typed) => {
    expect(readWhoByNameOrAge(typed)).toBeUndefined();
  });
});

describe('doing it said alone at the measure', () => {
  it.each(['i do it', 'I can do it', 'when i done it', 'by doing it'])('"%s"', (typed) => expect(isBareDoing(typed)).toBe(true));
  it.each(['i do it every week', 'my mum sees me do it', 'i do it 3 times in a row', 'they take my money'])('"%s" is not', (typed) => expect(isBareDoing(typed)).toBe(false));
});

describe('a thing named alone as help', () => {
  it.each([['the bus', 'help with the bus'], ['money', 'help with money']])('"%s"', (typed, kept) => expect(helpWithThing(typed)).toBe(kept));
  it.each(['a laptop', 'breaks', 'someone to come with me on the bus'])('"%s" is help as it stands', (typed) => expect(helpWithThing(typed)).toBeUndefined());
});
