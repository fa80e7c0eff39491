import { describe, expect, it } from 'vitest';
import { detectConcern, readConcern } from '../../src/language/concern';
import { readStatements } from '../../src/language/corpus';

// Written apart from the corpus in data/language/, to check the detector on wording it was not tuned on.
const CONCERNS: ReadonlyArray<readonly [string, string]> = [
  ['i want to end my life', 'self_harm_or_suicide'],
  ['sometimes i think about killing myself', 'self_harm_or_suicide'],
  ['i feel like i dont want to live any more', 'self_harm_or_suicide'],
  ['Everyone would be happier if I was dead', 'self_harm_or_suicide'],
  ['i keep thinking id be better off dead', 'self_harm_or_suicide'],
  ['im gonna kms', 'self_harm_or_suicide'],
  ['thinking of sucide', 'self_harm_or_suicide'],
  ['i want to go to sleep forever', 'self_harm_or_suicide'],
  ['I cut my arms last night', 'self_harm_or_suicide'],
  ['i have been self harming', 'self_harm_or_suicide'],
  ['i burn myself with matches when im angry', 'self_harm_or_suicide'],
  ['i scratch myself until it bleeds', 'self_harm_or_suicide'],
  ['my stepdad touches me at night', 'sexual_abuse'],
  ['a man made me take my clothes off', 'sexual_abuse'],
  ['someone raped me', 'sexual_abuse'],
  ['my uncle keeps touching my privates', 'sexual_abuse'],
  ['older boys pay me to carry bags for them', 'exploitation'],
  ['they said they would hurt my little sister if i dont sell for them', 'exploitation'],
  ['a guy on discord wants me to come to his house and not tell my mum', 'exploitation'],
  ['my dad punches my mum', 'domestic_abuse'],
  ['my parents fight and dad hits her', 'domestic_abuse'],
  ['my mum hits me with a slipper', 'harm_from_others'],
  ['i get smacked really hard at home', 'harm_from_others'],
  ['im scared of my dad', 'harm_from_others'],
  ['my step mum locks me in the cupboard', 'harm_from_others'],
  ['there is never enough food at home', 'neglect'],
  ['my mum leaves me alone all night', 'neglect'],
  ['nobody feeds me', 'neglect'],
  ['kids at school bully me', 'bullying'],
  ['they keep calling me names on the bus', 'bullying'],
  ['people laugh at me and push me around', 'bullying'],
  ['im getting picked on every day', 'bullying'],
  ['my family are taking me abroad to marry a man i have never met', 'other'],
  ['i have been sleeping on the street since my mum kicked me out', 'other'],
  ['my boyfriend checks my phone and pushed me when i went out without him', 'domestic_abuse'],
  ['nobody takes me to the dentist and my teeth hurt all the time', 'neglect'],
  ['people moved into my flat and sell drugs from it and i cant make them leave', 'exploitation'],
  ['my ex shared my nudes with everyone at college', 'sexual_abuse'],
];

const ORDINARY: readonly string[] = [
  'I hit the ball',
  'this homework is killing me',
  'i hit the ball over the fence',
  'Maths is killing me today',
  "I'm dying to see the new film",
  'my brother beat me at chess',
  'i cut my hair short',
  'I want to learn to cut vegetables safely',
  'my mum touches up my hair before school',
  'we have a secret den in the garden',
  'I kicked the football really hard',
  'I killed all the zombies in the game',
  'i would die for some chips',
  'i want to stay home alone for a bit',
  'my dad helps me with my homework',
  'i feel sick before tests',
  'i want to learn how to keep myself safe online',
  'i got hurt playing rugby',
  'i fell over and cut my knee in the playground',
  'the teacher shouted at the whole class',
  'i hate tomatoes',
  'i want to be a firefighter',
  'I get scared of loud noises',
  'i want to go to a sleepover',
  'my phone is dead again',
  'nobody hurts me at home',
  'im worried about my exams and starting at a new school',
];

describe('detectConcern', () => {
  it.each(CONCERNS)('flags %j as %s', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category, sure: true });
  });

  it.each(ORDINARY)('does not flag %j', (text) => {
    expect(detectConcern(text)).toEqual({ concern: false, category: null });
  });

  it('gives an unclear but worrying message a gentle check, never a flag', () => {
    expect(detectConcern('everything is too much and i dont really sleep')).toMatchObject({ concern: false, category: null, unclear: true });
    expect(detectConcern('i want to sleep through the night').unclear).toBeUndefined();
  });

  it('checks gently first, rather than interrupting with the full answer, when only the classifier is worried', () => {
    // A 12-year-old's measure of an outcome about getting to lessons: worrying words, no rule behind them.
    const measure = detectConcern('i wont get late marks and i wont cry in the corridor');
    expect(measure.sure).not.toBe(true);
  });

  it('still flags a disclosure beside an idiom', () => {
    expect(detectConcern('this homework is killing me and my dad hits me when i get it wrong').concern).toBe(true);
  });

  it('tolerates misspellings and text-speak', () => {
    expect(detectConcern('im bein bulied at skool').concern).toBe(true);
    expect(detectConcern('i wana die').concern).toBe(true);
    expect(detectConcern('sum1 tuched me').concern).toBe(true);
  });

  it('is quiet on empty or odd input', () => {
    expect(detectConcern('')).toEqual({ concern: false, category: null });
    expect(detectConcern('😀😀😀')).toEqual({ concern: false, category: null });
    expect(detectConcern('x'.repeat(100_000)).concern).toBe(false);
  });
});

describe('the classifier alone never gives the full answer at once', () => {
  it('asks gently first on any plan statement no rule reads as harm', () => {
    const unsure = readStatements('train')
      .map((s) => s.text)
      .concat(['the main road. mum says its not safe', 'less screaming and hand biting, nursery could keep a note if they can be bothered'])
      .filter((text) => readConcern(text).rule === null)
      .map((text) => ({ text, concern: detectConcern(text) }))
      .filter(({ concern }) => concern.concern && concern.sure);
    expect(unsure).toEqual([]);
  });

  it('still answers at once when a rule reads harm', () => {
    expect(detectConcern('my dad hits me with his belt when he is drunk')).toMatchObject({ concern: true, sure: true });
  });
});
