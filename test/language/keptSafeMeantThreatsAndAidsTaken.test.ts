import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * Three families from the dev split's misses and false alarms: papers or a card kept safe by family for a reason
 * (ordinary), a threat "in fun" said to be meant (a disclosure), and aids snatched over and over (bullying).
 */

describe('a passport or a card kept safe by family, for a reason said, raises nothing', () => {
  for (const said of [
    'My dad keeps my passport in his safe because I lose things, I can get it whenever',
    'mum keeps my bank card so i dont lose it',
    'nan keeps my id in a drawer because i keep losing it',
  ]) {
    it(`"${said}"`, () => expect(detectConcern(said).concern).toBe(false));
  }
});

describe('leave alone: papers kept back, or held by others, or harm beside', () => {
  for (const said of [
    'they keep my passport and i dont get paid',
    'my uncle keeps my passport and i have to work in his shop for free',
    'mum keeps my bank card because i lost my purse and i cant get it back',
  ]) {
    it(`"${said}" is a sure disclosure`, () => expect(detectConcern(said)).toMatchObject({ concern: true, sure: true }));
  }
  for (const said of [
    'My uncle keeps my passport in his safe because I lose everything. I can ask for it whenever',
    'my uncle keeps my passport in his safe because i lose things and i cant leave',
    'my dad keeps my passport in his safe because i lose things and i cant leave',
  ]) {
    it(`"${said}": someone other than a parent or carer, or a clause after the reason, is still a concern`, () => {
      expect(detectConcern(said).concern).toBe(true);
    });
  }
  it('"...because i lose things but he wont give it back" is still a concern', () => {
    expect(detectConcern('my dad keeps my passport in his safe because i lose things but he wont give it back').concern).toBe(true);
  });
  for (const said of ['he hits me', 'i want to die', 'my uncle touches me', 'they make me sell stuff']) {
    it(`"my dad keeps my passport in his safe because i lose things. ${said}" is a sure disclosure`, () => {
      expect(detectConcern(`my dad keeps my passport in his safe because i lose things. ${said}`)).toMatchObject({ concern: true, sure: true });
    });
  }
});

describe('a threat "in fun" said to be meant is a disclosure', () => {
  for (const said of [
    'my dad said hell kill me if i get detention again and he means it, last time i had bruises',
    'my dad will kill me if i lose my phone, last time he did i had a black eye',
  ]) {
    it(`"${said}"`, () => expect(detectConcern(said)).toMatchObject({ concern: true, sure: true }));
  }
  for (const said of ['mum will kill me if i get another detention', 'my dad will kill me if i lose my phone again lol']) {
    it(`leave alone: "${said}" raises nothing`, () => expect(detectConcern(said).concern).toBe(false));
  }
});

describe('aids snatched over and over is bullying', () => {
  for (const said of [
    "She's been having her hearing aids snatched out and thrown around the classroom. Three times this week.",
    'he has his glasses taken every day',
  ]) {
    it(`"${said}"`, () => expect(detectConcern(said)).toMatchObject({ concern: true, category: 'bullying' }));
  }
  for (const said of ['she had her glasses on and got them taken off at break once', 'i have my hearing aids checked three times this year']) {
    it(`leave alone: "${said}" raises nothing`, () => expect(detectConcern(said).concern).toBe(false));
  }
});
