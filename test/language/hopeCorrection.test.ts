import { describe, expect, it } from 'vitest';
import { readHopeCorrection } from '../../src/language/hopeCorrection';

describe('a hope put right, read from what people type', () => {
  it.each([
    ['no thats not a hope lol i was asking. my hope is living on my own in a flat', { notAHope: true, text: 'living on my own in a flat' }],
    ['thats not a hope… can u change it to living on my own in a flat', { notAHope: true, text: 'living on my own in a flat', changeAsked: true }],
    ['actually… arsenal tickets are way too expensive… change that one to getting the bus to 5 a side', { text: 'getting the bus to 5 a side', changeAsked: true }],
    ['change the arsenal one to going to 5 a side', { about: 'arsenal', text: 'going to 5 a side' }],
    ['no i mean the hope is wrong', { notAHope: true, text: null }],
    ['did u change it? i dont want the arsenal one anymore', { dropped: 'arsenal', text: null }],
  ] as const)('"%s"', (typed, expected) => {
    expect(readHopeCorrection(typed)).toMatchObject(expected);
  });

  it('what follows the correction is the answer, without "anyway the step is"', () => {
    expect(readHopeCorrection('omg it still says wait did u get the flat bit lol. anyway the step is sort my own money')?.rest).toBe('sort my own money');
  });

  it.each(['make it to college on time', 'it should be easier to get there', 'i want to change schools', 'i dont want the bus', 'it should say i do it 3 times', 'i dont want this one'])('"%s" is an answer', (typed) => {
    expect(readHopeCorrection(typed)).toBeNull();
  });
});

describe('a hope put right by its place or in plain words', () => {
  it.each([
    ["that's wrong, the first one should be be a mechanic like his uncle", { place: 1, text: 'be a mechanic like his uncle', changeAsked: true }],
    ['the second hope should say play football for a team', { place: 2, text: 'play football for a team', changeAsked: true }],
    ["no that's still not right, just put: be a mechanic", { place: null, text: 'be a mechanic', changeAsked: true }],
    ['its wrong. just put be a mechanic', { text: 'be a mechanic', changeAsked: true }],
    ['change play football to play football for a proper team', { about: 'play football', text: 'play football for a proper team', changeAsked: true }],
  ] as const)('"%s"', (typed, expected) => {
    expect(readHopeCorrection(typed)).toMatchObject(expected);
  });

  it.each(['i want to change schools', 'change is hard for him', 'just put his coat on for him', 'he should be a mechanic', 'the first one is the most important', 'i want to change jobs to work with animals', 'swap the bus for a taxi'])(
    '"%s" is an answer',
    (typed) => {
      expect(readHopeCorrection(typed)).toBeNull();
    },
  );
});
