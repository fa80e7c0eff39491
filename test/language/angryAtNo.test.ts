import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language';

/*
 * Aisha's older cousin, who lives with them, "borrows" her phone and dinner money and gets angry when
 * she says no. Being frightened into handing things over by someone close is harm from others, heard at
 * once; borrowing alone, or temper alone, is not.
 */
describe('things taken, and anger when they say no', () => {
  it.each([
    'my cousin zain borrows my phone and dinner money and gets angry when i say no',
    'my older cousin lives with us and he borrows my phone and my dinner money and shouts if i dont give it',
    'my cousin takes my phone to borrow it and gets really angry when i say no',
  ])('%j: a sure disclosure of harm from others', (typed) => {
    expect(detectConcern(typed)).toMatchObject({ concern: true, category: 'harm_from_others', sure: true });
  });

  it.each(['my cousin borrows my phone charger', 'he gets angry when i say no to chips', 'my brother borrows my xbox and gets annoyed when i say no', 'why do you need my age?'])(
    'leave alone: %j',
    (typed) => {
      expect(detectConcern(typed).concern).toBe(false);
    },
  );

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('%j: still heard', (typed) => {
    expect(detectConcern(typed)).toMatchObject({ concern: true, sure: true });
  });
});
