import { describe, expect, it } from 'vitest';
import { saysLoudButSafe } from '../../src/language/loudButSafe';

/* "Loud but safe" at "do you feel safe?" is only a loud home in everyday words; any harm between is read as ever. */
describe('a loud home, and "but i am safe"', () => {
  it.each([
    'yes. home gets loud sometimes when my mum is stressed she shouts. but i am safe',
    'yeah my dad shouts when hes tired but im safe',
    'mostly. it gets noisy with my little brother but i feel safe',
  ])('"%s" is loud but safe', (text) => expect(saysLoudButSafe(text)).toBe(true));

  it.each([
    'yes mum shouts when shes stressed and pulls my hair but i am safe',
    'yes he shouts and has a knife but i am safe',
    'yes my dad yells and slams me against the wall but im safe',
    'yes my dad yells and pins me down but i feel safe',
    'yes mum shouts at me and calls me names but im safe',
    'yes my stepdad shouts when hes drunk but im safe',
    // Numbers and words in other letters are words of their own, never dropped to make the shape fit.
    'yes. home gets loud when my dad shouts 24/7. but i am safe',
    'yes my dad shouts when hes stressed and 2 men come round but im safe',
  ])('"%s" is read as ever', (text) => expect(saysLoudButSafe(text)).toBe(false));
});
