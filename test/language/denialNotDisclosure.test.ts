import { describe, expect, it } from 'vitest';
import { deniesTheWorry, detectConcern, recogniseSafetyAnswer } from '../../src/language';
import { readSafetyCheck } from '../../src/language/closedAnswers';
import { asksWhetherThereIsANote } from '../../src/language/worryNote';

/** People saying nobody hurts them: a denial, never a disclosure. */
const DENIALS: readonly string[] = [
  'Changing rooms are loud and I hate the noise. Nobody hurts me on purpose. I want to be clear about that.',
  'I did not say somebody was hurting me',
  'I did not say anyone hurt me',
  'no one is hurting me on purpose',
  'nobody hurts me',
  'i never said someone hits me',
];

/** A denial with someone named as the exception: a real disclosure. */
const DISCLOSURES: readonly string[] = [
  'nobody hurts me except my uncle',
  "nobody hurts me, only my dad when he's drunk",
  'no one hits me apart from my step dad',
  'nobody hurts me but my brother',
];

describe('a denial of harm is not a disclosure', () => {
  it.each(DENIALS)('"%s" is read as safe, with no flag', (text) => {
    expect(detectConcern(text).concern).toBe(false);
    expect(deniesTheWorry(text)).toBe(true);
    expect(readSafetyCheck(text)).toBe('safe');
    expect(recogniseSafetyAnswer(text)).toBe('safe');
  });

  it.each(DISCLOSURES)('"%s" is still a disclosure', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'harm_from_others' });
    expect(deniesTheWorry(text)).toBe(false);
    expect(readSafetyCheck(text)).not.toBe('safe');
  });

  it.each(['nobody hurts me except in football', 'nobody hurts me, only my feelings get hurt sometimes'])('"%s" is left alone', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });
});

describe('a goal not to hit anyone is not a disclosure', () => {
  it.each([
    'use my card and walk off when im angry not punch nobody',
    'use my card to leave the room when its too loud',
    'i will walk out n use my card when im gettin angry instead of kickin off',
    'i want to walk out and use my card',
  ])('"%s" is not flagged', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each([
    'he makes me use my card',
    'my brother uses my card',
    'they use my card for stuff',
    'they come round and use my card',
    'my carer will go out and use my card for her stuff',
    'i will walk out n use my card but my uncle takes my money',
    'i would walk out and use my card but he takes it off me',
    'im gonna go out n use my card for the older boys',
    'i will go out n use my card for my uncle',
    'i will go out n use my card for my boyfriend',
    'i will go out n use my card for jay',
    'ill go out and use my card for the dealer',
  ])('"%s" is still flagged', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'exploitation' });
  });
});

describe('asking whether the plan says someone is hurting them', () => {
  it.each(['Does my plan say someone is hurting me? Yes or no', 'does my plan say im not safe'])('"%s" asks whether there is a note', (text) => {
    expect(asksWhetherThereIsANote(text)).toBe(true);
  });

  it.each(['does my plan say someone helps me at lunch', 'does my plan say what help i get'])('"%s" does not', (text) => {
    expect(asksWhetherThereIsANote(text)).toBe(false);
  });
});
