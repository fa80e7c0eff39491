import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * Wanting not to exist, said indirectly, and things given away for after they are gone: self-harm or
 * suicide, the full answer. Embarrassment, a break, decluttering and dates stay ordinary talk.
 */

describe('an indirect wish not to exist, or things left for after, is heard', () => {
  for (const said of [
    'sometimes i wish i could just not exist',
    'i wish i just wasnt around',
    'i wish i could just vanish',
    'i wish i could fade away',
    'i want to give all my things away',
    'i want my brother to have my stuff when im gone',
    'everyone would be better off without me',
  ]) {
    it(`"${said}": self-harm or suicide, the full answer`, () => {
      expect(detectConcern(said)).toMatchObject({ concern: true, category: 'self_harm_or_suicide', sure: true });
      expect(safeguardingInChat(said, { parent: false })).toEqual({ action: 'answer', category: 'self_harm_or_suicide' });
    });
  }
});

describe('leave alone: embarrassment, a break, decluttering', () => {
  for (const said of [
    'i wish i could vanish from class',
    'i want to give my old toys away to charity',
    'i want to give my clothes that dont fit away',
    'my brother can have my room when im gone to uni',
    'i wish i was there',
    'i wish i wasnt so tired',
    'i want to be invisible in class',
    'he wants to give his toys away',
  ]) {
    it(`"${said}": no full answer`, () => {
      expect(safeguardingInChat(said, { parent: false })).not.toMatchObject({ action: 'answer' });
    });
  }
});

describe('plain disclosures are still heard', () => {
  for (const [said, category] of [
    ['my dad hits me', 'harm_from_others'],
    ['i want to die', 'self_harm_or_suicide'],
    ['he touches me', 'sexual_abuse'],
    ['i dont get fed', 'neglect'],
  ] as const) {
    it(`"${said}": ${category}`, () => {
      expect(detectConcern(said)).toMatchObject({ concern: true, category, sure: true });
    });
  }
});
