import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/* "i dont want to kill myself" on its own is no disclosure, but it is asked after gently; anything more is read as ever. */
describe('a plain denial of wanting to die', () => {
  it.each(['i dont want to kill myself', "I don't want to kill myself.", 'i do not want to die'])('%j: a gentle check, no full answer', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: false, unclear: true, likely: 'self_harm_or_suicide' });
  });
  it.each([
    'i dont want to kill myself anymore but i did last week',
    'i dont want to kill myself but sometimes i think about it',
    'i dont want to kill myself anymore',
    'my dad hits me',
    'he touches me',
    'they take my money',
    'i want to die',
    'i cut myself',
  ])('%j is still heard', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true });
  });
});
