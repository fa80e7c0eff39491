import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/* A parent's "nobody hurt him, his dad did" or "no one at school, it's at his dad's": the denial names who, or where. */
describe('a denial that names who did it, or where', () => {
  it.each([
    'nobody hurt him, his dad did',
    'nobody hurts her, her mums boyfriend does',
    'nobody hurt him his dad did it',
    "no one at school, it's at his dad's",
    'nobody at school its at his dads',
    'not at home. at his dads he gets hit',
    'no one hurt her. it was her step dad',
    'nobody hit him. his uncle did tho',
    'no one hurt him. it was his uncle',
    'nobody hurt her, its her mums boyfriend',
  ])('"%s" is heard as harm from others', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'harm_from_others' });
  });

  it.each(['nobody hurt him, he fell off his bike', 'he only sleeps at his dads at weekends', 'nobody hurt him, his dad did check on him', 'no one hurt her. she fell over', 'nobody hurt him, it was an accident', 'no one hurt her its fine'])('"%s" is ordinary', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('"%s" is still heard', (text) => {
    expect(detectConcern(text).concern).toBe(true);
  });
});
