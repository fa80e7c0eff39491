import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * A denial of harm with one person left out of it: "nobody is hurting him except his uncle". The
 * denial must not swallow the person named after it, whether a parent tells of their child or a
 * young person of themselves. Ordinary care, a sport, a fall or the child's own behaviour after
 * "except" stays ordinary talk.
 */

describe('a denial with one person left out of it is a disclosure', () => {
  for (const [said, category] of [
    ['nobody is hurting him except his uncle', 'harm_from_others'],
    ['no one is hurting my son except his brother', 'harm_from_others'],
    ['nobody hurts her apart from her step dad', 'harm_from_others'],
    ['no one hits me apart from my step dad', 'harm_from_others'],
    ['nothing bad happens at home except when dad drinks and hits mum', 'domestic_abuse'],
  ] as const) {
    it(`"${said}": ${category}, the full answer`, () => {
      expect(detectConcern(said)).toMatchObject({ concern: true, category, sure: true });
      expect(safeguardingInChat(said, { parent: true })).toEqual({ action: 'answer', category });
    });
  }
});

describe('leave alone: ordinary talk after "except" or "but"', () => {
  for (const said of [
    'nobody hurts him, he is just clumsy',
    'nobody hurts her but she gets upset easily',
    'no one hurts him except when he falls over',
    'nobody hits him except in karate',
    'nobody touches her except her mum when she washes her',
    'nobody hurts him except other kids in football',
    'no one is hurting her, only her teacher is strict',
    'nobody is hurting him except his own head banging',
  ]) {
    it(`"${said}": no full answer`, () => {
      expect(detectConcern(said).sure ?? false).toBe(false);
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
