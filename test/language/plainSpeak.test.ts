import { describe, expect, it } from 'vitest';
import { readInvite } from '../../src/language/inviteAnswer';
import { plainSpeak } from '../../src/language/plainSpeak';
import { wordAskedAbout } from '../../src/language/wordAsked';

/* Text-speak read once where a reader starts; what was typed is kept as typed. */
describe('questions about words in text-speak', () => {
  it.each([
    ['wot does goal mean', 'outcome'],
    ['i asked wot goal means??', 'outcome'],
    ['wats a outcome', 'outcome'],
    ['wat does provision mean', 'provision'],
    ['what does goal mean', 'outcome'],
  ])('"%s" asks what %s means', (text, term) => expect(wordAskedAbout(text)).toBe(term));

  it.each([['my goal is to be a vet'], ['i want goals'], ['wat i want is a dog']])('"%s" is left alone', (text) => expect(wordAskedAbout(text)).toBeUndefined());

  it('"wot code" at the code question reads as "what code"', () => expect(readInvite('wot code')).toEqual(readInvite('what code')));
});

describe('the words written out', () => {
  it.each([
    ['wot does goal mean', 'what does goal mean'],
    ['wats a outcome', 'what is a outcome'],
    ['looks gd', 'looks good'],
    ['ye looks ok', 'yes looks ok'],
    ['u r good', 'you are good'],
    ['she comes wiv me', 'she comes with me'],
    ['i get lost n i dunno', 'i get lost and i dunno'],
  ])('"%s" reads as "%s"', (text, plain) => expect(plainSpeak(text)).toBe(plain));

  it.each([['my TA miss N helps me'], ['miss n helps']])('"%s" keeps its initial or name', (text) => {
    expect(plainSpeak(text).toLowerCase().split(' ').slice(0, 3)).toEqual(text.toLowerCase().split(' ').slice(0, 3));
  });
});
