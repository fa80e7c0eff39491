import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * Families of wording met when people chatted with the bot: each case is typed as people typed
 * it, and each family has look-alikes that must stay ordinary.
 */

describe('a threat said in fun beside a real injury', () => {
  const harm = [
    "they said they'd kill me if I get detention again... I have bruises on my arms",
    'I have bruises on my arms and they said they would kill me if I get detention again',
    "dad will kill me if i fail maths. i have a black eye",
    "my mum will kill me if i mess up my room, she gave me a split lip last time",
    "he's gonna kill me if I'm late again, I've got marks on my neck",
  ];
  it.each(harm)('is harm from others: %s', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'harm_from_others', sure: true });
  });

  const ordinary = [
    'mum will kill me if i get another detention lol',
    'my mum would kill me if I got a tattoo',
    'my mum will kill me if i lose my phone again',
  ];
  it.each(ordinary)('alone, the idiom stays ordinary: %s', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it('a bruise from sport beside the idiom is not read as a threat carried out', () => {
    expect(detectConcern('mum will kill me if i lose my phone, i got bruises on my legs from football').sure).not.toBe(true);
  });
});

describe('wanting to keep someone at home safe from a person there', () => {
  const worry = [
    'I want to protect my mum from her boyfriend',
    'I hope one day I can protect my mum from her bf',
    'i want to be a police officer so i can protect my mum from her boyfriend',
    'I want to protect my little sister from my dad',
    'protect my mam from him',
    'i want to look after my mum because her boyfriend is horrible to her',
    'keep my nan safe from my uncle',
  ];
  it.each(worry)('is domestic abuse, whatever hope is around it: %s', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'domestic_abuse', sure: true });
  });

  const ordinary = [
    'I want to protect my mum',
    'I want to protect my mum from getting covid',
    'i want to protect my sister from her worries',
    'i want to protect my mum from worrying about me',
    'keep my little brother safe from the dog',
    'I want to look after my mum when she is old',
    'i want to be a police officer and protect people from bad men',
  ];
  it.each(ordinary)('a wish to look after someone is no worry: %s', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });
});
