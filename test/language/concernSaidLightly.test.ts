import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * Harm said lightly, in the words young people typed: a threat over something small then said to be meant, a
 * grown-up at home who drinks or uses drugs told as a worry, what a hope would bring that tells of someone
 * ("id feel free of him"), and money taken at home. Each gets the safety answer or "Are you OK?"; the same
 * words in ordinary talk get nothing.
 */

const young = { parent: false } as const;
const heard = (typed: string) => safeguardingInChat(typed, young).action;

describe('a threat said as a joke-phrase, then said to be meant', () => {
  it.each([
    'mum will kill me if i get another detention and shes not joking',
    'my mum will kill me if i get a detention again, she isnt joking',
    'dad will batter me if my report is bad and he means it',
    'mum will kill me if im late again and she will actually',
    'step dad will beat me if i lose my phone, last time he did',
  ])('%j: answered', (typed) => expect(heard(typed)).toBe('answer'));

  it.each(['mum will kill me if i get another detention lol', 'my mum will kill me if i lose my phone again haha', 'im not joking this homework will kill me'])(
    '%j: nothing',
    (typed) => expect(heard(typed)).toBe('none'),
  );
});

describe("a grown-up at home who drinks or uses drugs", () => {
  it.each([
    'im worried about my mum she drinks a lot',
    'dad is always drunk when we get home',
    'mums boyfriend does drugs in the house',
    'my dad drinks too much and i hate it',
    'i think my mum is an alcoholic',
    'my step dad is on drugs most days',
  ])('%j: answered', (typed) => {
    expect(heard(typed)).toBe('answer');
    expect(detectConcern(typed).concern).toBe(true);
  });

  it.each(['my mum drinks a lot of tea', 'dad has a beer at the weekend', 'my dad drinks loads of coffee', 'my nan takes pills for her heart', 'my nan used to drink too much but she stopped ages ago'])(
    '%j: nothing',
    (typed) => expect(heard(typed)).toBe('none'),
  );
});

describe('at "What would it do for you?": what a hope would bring that tells of someone', () => {
  it.each(['id feel free of him', 'i would finally feel free from her', 'id be free of my step dad at last'])('%j: not passed over', (typed) =>
    expect(heard(typed)).not.toBe('none'),
  );

  it.each(['i wouldnt have to wait for him to finish with me', 'i wouldnt have to wait in his room till hes finished with me', 'no more waiting on his bed until hes done with me'])(
    '%j: answered as sexual abuse',
    (typed) => {
      expect(heard(typed)).toBe('answer');
      expect(detectConcern(typed).category).toBe('sexual_abuse');
    },
  );

  it.each(['id be free to go out on my own', 'id feel free to go to town with my mates', 'id be free from pain', 'i would be sad if he finished with me'])('%j: nothing', (typed) =>
    expect(heard(typed)).toBe('none'),
  );
});

describe('money taken by family or "friends"', () => {
  it.each([
    'Mum has my card. She takes it all.',
    'mum has my bank card and takes all of it',
    'my foster carer takes my pocket money and spends it on herself',
    'my step dad uses my birthday money for his own stuff',
    'my cousin takes half my wages every week and says i owe him',
    'my so called friends take my dinner money every day',
  ])('%j: answered', (typed) => expect(heard(typed)).toBe('answer'));

  it.each(['mum looks after my card because i lose it', 'mum helps me with my money', 'mum gives me pocket money on fridays', 'my dad takes my pocket money to the bank for me to save'])(
    '%j: nothing',
    (typed) => expect(heard(typed)).toBe('none'),
  );
});

/** The narrowing of a threat "in fun" and the new readings never quiet a plain disclosure that shares their words. */
describe('plain disclosures sharing these words still flag', () => {
  it.each([
    'my mum hits me with a belt when she is drunk',
    'my dad will kill me if i tell anyone what he does to me',
    'he touches me when mum is out and says its our secret',
    'i cut myself when mum is drinking',
    'i dont want to be here anymore, id be free of everything',
    'mum is too drunk to feed us and there is no food in the house',
    'the older boys take my money and make me carry stuff for them',
    'my boyfriend takes my phone and wont let me see my friends',
    'my uncle makes me wait in his room and touches me',
  ])('%j: a concern', (typed) => expect(detectConcern(typed).concern).toBe(true));
});
