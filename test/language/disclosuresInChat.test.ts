import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { tellsOfUnkindChildren } from '../../src/language/childsOwnWays';

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
    'i want my mum to be safe from her boyfriend',
    'protect my mam from him',
    'i want to look after my mum because her boyfriend is horrible to her',
    'keep my nan safe from my uncle',
  ];
  it.each(worry)('is domestic abuse, whatever hope is around it: %s', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category: 'domestic_abuse', sure: true });
  });

  it.each(['I worry about my mum and her boyfriend', 'I want to protect my mum, her boyfriend is scary', 'im scared for my little sister and my mums fella'])(
    'worry for them without harm named earns at least a gentle check: %s',
    (text) => {
      expect(detectConcern(text)).toMatchObject({ concern: true, category: 'domestic_abuse' });
      expect(detectConcern(text).faint).toBeUndefined();
    },
  );

  const ordinary = [
    'im worried about my mum',
    'my mums boyfriend is nice',
    'i worry about my sister and her exams',
    'her boyfriend is scary in the film lol',
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

describe("a parent telling of other children's unkindness to their child", () => {
  const unkind = [
    'other children say she smells',
    "the other kids won't sit with him because of his clothes",
    'kids in her class say she stinks',
    "some of the girls won't play with her because of her hair",
    'the other kids leave him out because he flaps',
    "the other children won't let him join in",
    'the other kids will not play with her',
  ];
  it.each(unkind)('is unkindness to the child: %s', (text) => {
    expect(tellsOfUnkindChildren(text)).toBe(true);
  });

  const ordinary = [
    'she doesnt like the smell of the dinner hall',
    "he won't sit with the other kids because it's too loud",
    'he hates the feel of his clothes',
    'she smells everything, its a sensory thing',
    "I'm worried the other kids will say she smells",
    'kids used to laugh at him but it has stopped',
    'the children say he is always happy',
    'he leaves the other kids out of his games',
  ];
  it.each(ordinary)('the child\'s own senses, a fear of what may happen, or something over, is not: %s', (text) => {
    expect(tellsOfUnkindChildren(text)).toBe(false);
  });
});

describe('a parent or carer telling of someone in the child\'s life hurting them', () => {
  it.each(['his uncle hits him when he stays over', 'her stepdad smacks her', "my son's babysitter hit him", 'her nan belted her'])('is harm from others: %s', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
    expect(['harm_from_others', 'domestic_abuse']).toContain(detectConcern(text).category);
  });

  it.each(['his brother beats him at chess', 'his teacher hurt his feelings', 'his dad picks him up from school'])('ordinary family life is not: %s', (text) => {
    expect(detectConcern(text).sure).not.toBe(true);
  });
});
