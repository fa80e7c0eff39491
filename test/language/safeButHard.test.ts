import { describe, expect, it } from 'vitest';
import { namesOnlyBusyPlaces, readSafeButHard } from '../../src/language/safeButHard';
import { readFeelSafe } from '../../src/language/safetyAnswers';

describe('a yes to feeling safe, with something hard beside it', () => {
  it.each([
    'mostly yes. the bus drivers are rude sometimes tho',
    'yes but the staff at the cafe are impatient with me',
    'yeah generally, people stare at my chair and it annoys me',
  ])('%j is rudeness, not harm', (typed) => expect(readSafeButHard(typed, false)).toBe('rudeness'));

  it.each([
    'at home yes. school mostly but he comes home and has massive meltdowns most days',
    'yes, she gets overwhelmed by the noise at school and cries',
  ])('%j from a parent is the child\'s own ways, a need', (typed) => expect(readSafeButHard(typed, true)).toBe('ownWays'));

  it.each([
    ['yes mostly, school is a bit much sometimes', true],
    ['mostly yeah, the canteen is way too loud', false],
    ['most of the time, town gets really crowded and stressful', false],
  ])('%j is mostly safe beside noise or too much at once, a need', (typed, aboutAChild) => expect(readSafeButHard(typed, aboutAChild)).toBe('overwhelm'));

  it.each(['yes, school is a bit much sometimes', 'mostly, but the noise is when they shout at me'])('%j is not read as overwhelm', (typed) =>
    expect(readSafeButHard(typed, false)).not.toBe('overwhelm'),
  );

  it.each([
    'mostly yes but the bus driver shouts at me',
    'yes mostly but kids call me names',
    'mostly, but a man followed me home',
    'yeah except my dad hits him when he has meltdowns',
    'no, the drivers are rude',
    'not really',
  ])('%j is not set aside', (typed) => {
    expect(readSafeButHard(typed, true)).toBeUndefined();
    expect(readSafeButHard(typed, false)).toBeUndefined();
  });
});

describe('safe now, with harm told as before the home they are in', () => {
  it.each([
    "at home yes he's safe with us now, he's been with us 18 months, there was neglect before he came to us",
    'yes she is safe now, there was abuse before she was placed with us',
  ])('%j is a yes, the past already known', (text) => expect(readSafeButHard(text, true)).toBe('pastKnown'));

  it.each([
    'not always, there was neglect before and sometimes he goes back there',
    "yes he's safe with us now but he still sees his birth family and comes back scared",
    'yes mostly, there was neglect before he came to us',
  ])('%j is not read as only the past', (text) => expect(readSafeButHard(text, true)).not.toBe('pastKnown'));
});

describe('noise, crowds or light, with no yes and nobody named', () => {
  it.each([
    ['busy places are too loud', false],
    ['no, the canteen is too noisy and it hurts my ears', false],
    ['not always, crowds and noise are too much', false],
    ['the lights at school are too bright', false],
    ['no, he finds busy places too loud', true],
  ])('%j is the senses, a need', (typed, aboutAChild) => expect(readSafeButHard(typed, aboutAChild)).toBe('sensory'));

  it.each([
    'not always, people shout at me',
    'busy places are scary, people push me',
    'no its too loud at home when dad is shouting',
    'its too loud at home, dad drinks and gets angry',
    'crowds scare me',
    'i dont feel safe in crowds',
    'the bus is loud and the boys are mean to me',
    'no the lights are too bright and i get battered',
    'not always, its noisy at home and i get locked in my room',
    'its loud at home and mum smacks me',
  ])('%j is not the senses alone', (typed) => expect(readSafeButHard(typed, false)).not.toBe('sensory'));
});

describe('unkindness online that they deal with themselves', () => {
  it.each([
    'yeah mostly, people online are weird about the wheelchair but I just block them',
    'yes. sometimes ppl in fortnite are annoying but i mute them',
    'mostly yeah, comments on my tiktok can be rude but i delete them',
  ])('%j is handled online', (typed) => expect(readSafeButHard(typed, false)).toBe('handledOnline'));
  it.each([
    'yeah mostly but an older guy online keeps asking for pics, i block him',
    'yes but people online tell me to kys, i block them',
    'yeah but someone online threatened me so i blocked them',
  ])('%j is not', (typed) => expect(readSafeButHard(typed, false)).not.toBe('handledOnline'));
});

describe('mostly safe, with a place feared only for its size', () => {
  it.each(['mostly yeah. school is a bit scary sometimes bc its so big', 'mostly yes, college is scary because it is so big'])('%j is overwhelm', (typed) => {
    expect(readSafeButHard(typed, false)).toBe('overwhelm');
  });
  it.each([
    'mostly yeah. school is scary bc they are so big',
    'mostly yes. school is scary because its so big and the year 11s push me',
    'no school is scary bc its so big',
    'mostly yes but home is scary because dad shouts',
    'mostly yeah, the bus is scary because its so big and men stare at me',
  ])('leave alone: %j', (typed) => {
    expect(readSafeButHard(typed, false)).not.toBe('overwhelm');
  });
});

describe('school\'s busy places, as the answer to "is there a place or a time...?"', () => {
  it.each(['like i said the corridors at change over time, the stairs in the science block are the worst. thats it really', 'the canteen at lunch time', 'corridors between lessons', 'the playground at break time', 'the dinner hall when its loud', 'corridors and stairs at home time, its rammed'])(
    '%j names only busy places',
    (typed) => expect(namesOnlyBusyPlaces(typed)).toBe(true),
  );
  it.each([
    'the corridors because the older boys push me',
    'the stairs, someone pushed me down them',
    'at home when dad is drunk',
    'the bus, people follow me',
    'hair and beauty at college like i said',
    'the playground, i get scared of the year 11s',
    'the toilets in the science block, i get cornered there',
    'the canteen, i dont eat cos i get my lunch tipped',
    'the corridors, i get followed home',
    'the canteen, they make me sit on my own',
    'the stairs, i get trapped by year 10s',
    'the bus, i dont want to go home after',
  ])('leave alone: %j', (typed) => expect(namesOnlyBusyPlaces(typed)).toBe(false));
});

describe('a yes to feeling safe, beside a broken bus ramp said not to be dangerous', () => {
  it('"its just annoying when the bus ramp is broken ... thats not like dangerous" is transport, a hard thing', () =>
    expect(
      readSafeButHard('yeah mostly im safe its just annoying when the bus ramp is broken and im stuck at the stop in the rain for ages but thats not like dangerous its just rubbish', false),
    ).toBe('transport'));

  it.each([
    'mostly but my stepdad scares me',
    'yeah mostly im safe its just annoying when the bus is late and a man at the stop follows me but thats not like dangerous',
    'yeah mostly its just annoying when the bus is late and the driver grabs me',
  ])('%j is read as before, never only transport', (typed) => expect(readSafeButHard(typed, false)).toBeUndefined());

  it('a bus driver who is annoying is still rudeness', () => expect(readSafeButHard('mostly yes. the bus driver is annoying and sighs at me', false)).toBe('rudeness'));
});

describe('"its not like dangerous, its just annoying" beside someone at home, a body or someone looking', () => {
  it.each([
    'yeah its not like dangerous at home, its just annoying when mums boyfriend gets drunk',
    'yes its not like scary. its just annoying when my step dad comes in the bathroom when im in there',
    'yea its not like dangerous its just annoying wen my mums boyfriend shouts in my face',
  ])('%j is still "not always", never a plain yes', (typed) => {
    expect(readFeelSafe(typed)).toBe('not_always');
    expect(readSafeButHard(typed, false)).toBeUndefined();
  });

  it.each([
    'yes its just annoying when the taxi driver talks about my body',
    "yes its well annoying that my mum's boyfriend sleeps in my bed",
    'yes its just annoying how the men at the bus stop look at me',
  ])('%j is someone doing something to them: never rudeness, never a plain yes', (typed) => {
    expect(readSafeButHard(typed, false)).toBeUndefined();
    expect(readFeelSafe(typed)).not.toBe('yes');
  });

  it('the short "its not like dangerous, its just annoying when the bus ramp is broken" keeps the ramp as travel', () =>
    expect(readSafeButHard('yeah its not like dangerous, its just annoying when the bus ramp is broken', false)).toBe('transport'));

  it('"its not like bullying" after stares is still a denial', () =>
    expect(readSafeButHard('mostly yes. year 9s stare at me in the corridor its not like bullying', false)).toBe('rudeness'));
});
