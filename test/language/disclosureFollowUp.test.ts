import { describe, expect, it } from 'vitest';
import { asksForSecrecy, describesHarmByOthers, flagCategoryOf, followUpQuestion, isPlanTalk, saysAlreadyAsked, saysWhereTheyAre } from '../../src/language';
import { personAskedAbout } from '../../src/language/disclosureFollowUp';

describe('questions about getting help, once help lines were given', () => {
  it.each([
    ['do i have to ring them', 'phones'],
    ['i dont like phones', 'phones'],
    ['can i just text them', 'phones'],
    ['you didnt answer. do i have to phone them', 'phones'],
    ['who should i tell about the bus stop boys', 'whoToTell'],
    ['who can i talk to?', 'whoToTell'],
    ['should i tell mr patel about the bus stop boys', 'tellNamed'],
    ['should i tell my mum', 'tellNamed'],
    ['will the school see the bit about the bus stop boys', 'whoSees'],
    ['i asked a question. who sees it', 'whoSees'],
    ['does anyone read this?', 'whoSees'],
    ['Will Sarah see that I said about the hitting?', 'whoSees'],
    ['is mr patel going to know', 'whoSees'],
  ])('%j is %s', (text, kind) => {
    expect(followUpQuestion(text)).toBe(kind);
  });

  it.each(['i want someone to help with that', 'i told my mum already', 'carry on', 'i like my phone', 'my teacher should tell me before things change', 'do you know what i mean?', 'will it be ok', 'can you read this?'])(
    '%j is no question about help',
    (text) => {
      expect(followUpQuestion(text)).toBeNull();
    },
  );
});

describe('where they are, as the answer to "are you safe right now?"', () => {
  it.each(['im at home', 'yeah at home now', "i'm in my room", 'i already said. im at home', 'what? i just said i eat in the library. im at home', 'im with my mum'])('%j says where they are', (text) => {
    expect(saysWhereTheyAre(text)).toBe(true);
  });
  it.each(['im at home and hes here', 'yes', 'home is where it happens', 'i dont want to go home'])('%j does not', (text) => {
    expect(saysWhereTheyAre(text)).toBe(false);
  });
});

it('hears "you already asked me that" as a complaint', () => {
  expect(saysAlreadyAsked('ye. you already asked me that twice')).toBe(true);
  expect(saysAlreadyAsked('no')).toBe(false);
});

describe('harm done to them by others, as against a feeling', () => {
  it.each([
    'some older boys at the bus stop keep taking my lunch money',
    'i get bullied at school',
    'people in my class call me names every day',
    'my dad hits me when hes angry',
    'my phone keeps getting nicked at the bus stop',
    'the lads next door borrow my money and never pay it back',
    'my so called friends use my bank card and dont give it back',
    'she is hurting him and he is scared',
    'they keep hurting her at the bus stop',
  ])('%j tells of harm by others', (text) => {
    expect(describesHarmByOthers(text)).toBe(true);
  });
  it.each(['everything is too much and i dont really sleep', 'nobody listens to me', 'in the game they keep killing me lol', 'less screaming and hand biting', 'they used to hit me when i was little', 'i borrowed a book from the library and need to give it back', 'i lent my mate a pen and he gave it back',
    // A child in pain, as a parent wonders: nobody hurts her.
    'We have to guess, is she tired, is she hurting, is she hungry.',
    'Nobody is hurting her, I only mean maybe her tummy is paining her and she cannot tell us.'])(
    '%j does not',
    (text) => {
      expect(describesHarmByOthers(text)).toBe(false);
    },
  );
});

describe('the flag a disclosure takes', () => {
  it('older boys taking his money at the bus stop is bullying, not exploitation', () => {
    expect(flagCategoryOf('exploitation', 'older boys at the bus stop take my money so i dont want to go to school')).toBe('bullying');
  });
  it.each(['an older man gives me weed to carry for him', 'the boys say i owe them and make me deliver packages'])('%j stays exploitation', (text) => {
    expect(flagCategoryOf('exploitation', text)).toBe('exploitation');
  });
  it('other categories are left as they are', () => {
    expect(flagCategoryOf('neglect', 'boys at school')).toBe('neglect');
  });
});

describe('plan talk the classifier alone never interrupts', () => {
  it.each([
    'Zofia will wear pants at school in the day and do wee in the toilet when adult take her',
    'No no, this is not hope... Please delete this',
    'who see this plan? I must send it to SENCO myself?',
    'can you change that, i didnt mean it',
    'sorry for long message',
    'thats not what i meant',
    'Sorry my english not good',
    'sorry 4 the essay lol',
  ])('%j is plan talk', (text) => {
    expect(isPlanTalk(text)).toBe(true);
  });
  it.each(['i will kill myself', 'he will hit me if i tell', 'nobody feeds me at home', 'i would be better off dead', 'sorry for being alive', 'sorry for everything, goodbye'])('%j is not', (text) => {
    expect(isPlanTalk(text)).toBe(false);
  });
});

it('"will my mum find out", "will they ring my mum??": who is told, answered with the one answer about who sees it, naming their mum', () => {
  expect(asksForSecrecy('will my mum find out')).toBe(true);
  for (const asked of ['will my mum find out', 'will they ring my mum??', 'is someone going to call my dad']) expect(followUpQuestion(asked)).toBe('whoSees');
  expect(personAskedAbout('will they ring my mum??')).toBe('your mum');
  expect(personAskedAbout('will that note go to Mrs Patel?')).toBe('Mrs Patel');
  expect(personAskedAbout('who sees the note')).toBeNull();
  // A plea is not a question about who sees it: "please dont tell my mum" is still about secrecy.
  expect(followUpQuestion('please dont tell my mum')).toBeNull();
});

describe('not wanting to phone 999 or a help line', () => {
  it.each(['i dont want call 999', 'i dont want to ring the police', 'im not calling 999', 'i wont ring childline'])('%j is about phones', (typed) =>
    expect(followUpQuestion(typed)).toBe('phones'));
  it.each(['i cant call 999 he took my phone', 'should i call 999'])('leave alone: %j is no wish not to phone', (typed) => expect(followUpQuestion(typed)).not.toBe('phones'));
});
