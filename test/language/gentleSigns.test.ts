import { describe, expect, it } from 'vitest';
import { describesHarmByOthers, safeguardingInChat } from '../../src/language';
import { clearedConcernText } from '../../src/language/concern';
import { tellsOfGentleSign } from '../../src/language/gentleSigns';

/*
 * Signs told without saying what happened: an injury nobody can explain, a child upset whenever
 * one person comes. Too faint for the full answer, worth a gentle check; look-alikes stay ordinary.
 */
const sign = (text: string) => tellsOfGentleSign(clearedConcernText(text));
const inChat = (text: string, parent: boolean) => safeguardingInChat(text, { parent }).action;

describe('gentle signs', () => {
  it.each([
    'he has bruises sometimes from school i dont know how',
    'she comes back from her dads with marks and she wont say how',
    'i have bruises and i dont know where from',
    'he cries when his uncle come',
    'she hides when her mums boyfriend comes round',
    'he wets the bed every time his grandad babysits',
    'i shake when my step dad is coming',
    'he cries when his uncle comes because he is scared of him',
    'she hides when dad comes home',
    'he screams when the babysitter comes because she shouts at him',
  ])('reads %j as a sign', (text) => {
    expect(sign(text)).toBe(true);
  });

  it.each([
    'he gets bruises from falling over, i dont know how to stop it',
    'he has eczema and scratches, i dont know how to help',
    'he bruises easily because of his condition',
    'she has marks on her legs from her splints and we dont know how to make them comfier',
    'he cries when his dad leaves for work',
    'he cries when the bus comes',
    'he gets excited when his uncle comes',
    'she cries when her nan goes home',
    'he gets upset when grandma visits because his routine changes',
    'he cries when dad comes home from work',
    'he screams when the babysitter comes because he wants mum',
    'she cries when her nan visits as it is a change',
    'he screams when the babysitter comes since it is noisy',
  ])('leaves %j alone', (text) => {
    expect(sign(text)).toBe(false);
  });

  it('a parent telling of them is asked how things are, not given the full answer at once', () => {
    expect(inChat('he has bruises sometimes from school i dont know how', true)).toBe('check');
    expect(inChat('he cries when his uncle come', true)).toBe('check');
    expect(inChat('she hides when her mums boyfriend comes round', true)).toBe('check');
  });

  it('someone shouting at a young adult is asked after, and "it is fine" after does not end it', () => {
    const told = 'Sam shouted at me when I burnt the pasta. He shouts when he is cross';
    expect(sign(told)).toBe(true);
    expect(inChat(told, false)).toBe('check');
    expect(inChat('he yells at me all the time', false)).toBe('check');
    expect(describesHarmByOthers(told)).toBe(true);
  });

  it.each(['my mum shouts up the stairs when tea is ready', 'the coach shouts at us in training', 'the coach shouted at me in training', 'i shout at the telly when we lose', 'my mum shouted at me for breaking a plate', 'my mum shouts at me when i dont tidy my room', 'dont shout at me'])(
    'leaves %j alone as shouting',
    (text) => {
      expect(sign(text)).toBe(false);
      expect(inChat(text, false)).toBe('none');
      expect(describesHarmByOthers(text)).toBe(false);
    },
  );

  it("a parent's account of the child's own ways is still a need", () => {
    expect(inChat('he hides when he is overwhelmed', true)).toBe('none');
    expect(inChat('he cries when his dad leaves for work', true)).toBe('none');
    expect(inChat('he gets upset when grandma visits because his routine changes', true)).toBe('none');
    expect(inChat('he cries when dad comes home from work', true)).toBe('none');
    expect(inChat('he screams when the babysitter comes because he wants mum', true)).toBe('none');
  });

  // A child wetting himself from fear of a grown-up at home is a sign a safeguarding lead acts on: never
  // left unasked, and, with the grown-up named, the full answer and a flag at once.
  it("a parent telling of the child's fear of a grown-up at home is never left unasked", () => {
    expect(sign('he wets himself because hes scared of his step dad')).toBe(true);
    expect(safeguardingInChat('he wets himself because hes scared of his step dad', { parent: true })).toEqual({ action: 'answer', category: 'harm_from_others' });
    expect(safeguardingInChat('he wets himself because hes scared of his dad', { parent: true })).toEqual({ action: 'answer', category: 'harm_from_others' });
    expect(inChat('hes scared of his step dad, he hits him', true)).toBe('answer');
    expect(inChat('she is scared of her mums boyfriend', true)).not.toBe('none');
  });

  it.each(['he wets himself when hes scared of the dark', 'scared of the dentist', 'he is scared of his dads dog', 'he is scared of his dad leaving', 'hes scared of his uncle because he has a beard', 'he is scared of his grandad since he had a stroke'])(
    'leaves %j alone as an ordinary fear',
    (text) => {
      expect(sign(text)).toBe(false);
      expect(inChat(text, true)).toBe('none');
    },
  );

  // A carer telling of a parent's drug or drink misuse now: a risk to the child's care, answered and noted as
  // neglect. Told of the past ("was a heroin addict"), it is asked after kindly. A child "addicted to minecraft" or a
  // parent in recovery is not.
  it.each(['his mum is an addict', 'her dad is on drugs all the time', 'her birth mum is an alcoholic'])(
    'a carer telling %j gets the answer, noted as substance misuse (other)',
    (text) => {
      expect(sign(text)).toBe(true);
      expect(safeguardingInChat(text, { parent: true })).toEqual({ action: 'answer', category: 'other' });
    },
  );

  it('a carer telling of misuse in the past is asked how things are', () => {
    expect(safeguardingInChat('his real mum was a heroin addict', { parent: true })).toMatchObject({ action: 'check', concern: { likely: 'neglect' } });
  });

  it.each(['he is addicted to minecraft', 'her dad is a recovering addict', 'his mum is addicted to her phone', 'my dad is a drug counsellor'])('leaves %j alone as no misuse at home', (text) => {
    expect(sign(text)).toBe(false);
    expect(inChat(text, true)).toBe('none');
  });

  it('a parent who cannot pay for nappies is asked kindly how things are, not given the full answer', () => {
    expect(sign('we cant afford nappies so hes in the same one all day')).toBe(true);
    expect(inChat('we cant afford nappies so hes in the same one all day', true)).toBe('check');
  });

  it.each(['nappies are expensive', 'we cant afford a holiday', 'we cant afford the nappies he likes so we buy cheaper ones'])('leaves %j alone as a price or a treat', (text) => {
    expect(sign(text)).toBe(false);
    expect(inChat(text, true)).toBe('none');
  });
});

describe('fear of other children', () => {
  it.each(["he's scared of the kids", 'she is scared of the children in her class', 'im scared of the other girls in my class'])(
    '%j gets a gentle check, from a carer or a young person',
    (typed) => {
      expect(inChat(typed, true)).toBe('check');
      expect(inChat(typed, false)).toBe('check');
    },
  );

  it('fear of other children with hurt told beside it gets the full answer for a carer', () => {
    expect(safeguardingInChat('hes scared of the other kids, they push him', { parent: true })).toMatchObject({ action: 'answer', category: 'bullying' });
  });

  it.each(["he's scared of dogs", "scared of the big kids' noise", 'he is scared of the kids noise at playtime', 'she is scared of the dark', 'im scared of the big kids in year 6', 'im scared of the kids on the bus but they dont do anything', "he's scared of the other children at nursery, they're too loud", 'she is scared of the kids in the playground so stays with staff', 'she gets scared of the children at the new school', "he's scared of the other kids because of her hearing aids"])(
    '%j is not asked about',
    (typed) => {
      expect(inChat(typed, true)).toBe('none');
      expect(inChat(typed, false)).toBe('none');
    },
  );
});

it('a parent of a toddler saying "he is scared of other kids" is telling of a need, not asked about', () => {
  expect(inChat('he is scared of other kids', true)).toBe('none');
});
