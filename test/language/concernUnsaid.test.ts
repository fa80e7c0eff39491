import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/** Harm told without its usual words, read by the whole reader (rules and classifier together). */
describe('harm told without its usual words', () => {
  it.each([
    ['i want to learn to travel on my own. at the station i get a pull to step off the platform and im scared ill do it one day', 'self_harm_or_suicide'],
    ['i walk past the canal every day and think how easy it would be', 'self_harm_or_suicide'],
    ['his teacher rang, he had his tie pulled tight round his neck in maths', 'self_harm_or_suicide'],
    ['i scratch me til it bleed', 'self_harm_or_suicide'],
    ['a man from the game gives me vouchers for sending him pictures', 'sexual_abuse'],
    ['i get slapped at home when i forget things', 'harm_from_others'],
    ['my carer is too busy so i have not had a wash for a week', 'neglect'],
  ])('%j is flagged as %s', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category });
  });

  it.each([
    'i want to learn to drive one day so i can get to college',
    'the platform at our station is really busy so i need help with trains',
    'i cut my finger on a tin of beans',
    'my house is a bit messy but we are sorting it',
    'i get paid for taking photos of dogs',
  ])('%j is not', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });
});
