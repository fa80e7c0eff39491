import { describe, expect, it } from 'vitest';
import { tellsOfOthersHurtAndTold } from '../../src/language/passedOn';

describe('someone else hurt, already told to an adult', () => {
  it.each(['boys in year 10 keep hurting the new kid, I told Miss', 'they keep hitting my friend, i told sir', 'some girls were bullying a girl in year 7 so we told our tutor'])('"%s" is a story already told', (said) => {
    expect(tellsOfOthersHurtAndTold(said)).toBe(true);
  });

  it.each([
    'boys in year 10 keep hurting me, I told Miss',
    'they keep hitting my friend and me, i told sir',
    'boys in year 10 keep hurting the new kid and i told miss, im scared im next',
    'they keep hurting the new kid, i told miss but nothing happened',
    'boys in year 10 keep hurting the new kid',
  ])('"%s" is read as before', (said) => {
    expect(tellsOfOthersHurtAndTold(said)).toBe(false);
  });
});
