import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/* Wordings people type at the outcome step and at "by when?", each read the way the definitions say. */

const teen: CoachContext = { today: '2026-12-02', schoolYear: 10, age: 15 };
const adult: CoachContext = { today: '2026-12-02', age: 21 };
const baby: CoachContext = { today: '2026-12-02', age: 2, earlyYears: true };

describe('a way of being, with nothing to see, is vague', () => {
  it.each([
    'more confidence with new people',
    'better self esteem',
    'keep busy in the holidays',
    'stay active',
    'learn some social skills',
    'have a better relationship with my dad',
    'have more fun',
    'be part of the community more',
    'make good progress with her speech',
    'learn how to cope',
    'engage and participate',
    'concentrate more and try harder',
    'be more independent, shes 15 now',
  ])('"%s"', (text) => {
    expect(coachStep(text, teen).action).toBe('vague');
  });

  it.each(['swim 10 metres with more confidence', 'have fun at drama club every saturday', 'be part of the school choir'])('"%s" says what they will do: accepted', (text) => {
    expect(coachStep(text, teen).action).toBe('accept');
  });
});

describe('support in everyday wordings is provision', () => {
  it.each([
    'i wish i had someone to walk to school with me',
    'wish he had a TA at lunch',
    'someone to sit with me in the canteen',
    'an adult to come with him on trips',
    'what would help most is if teachers gave me the notes first',
    'a note taker in lectures',
    'DSA for a laptop',
    'a supported internship',
    'sleep clinic',
  ])('"%s"', (text) => {
    expect(coachStep(text, adult).action).toBe('provision');
  });
});

describe('dreams and habits', () => {
  it.each(['get a million followers', 'travel around the world', 'have a family as a grown up'])('"%s" is a dream for later', (text) => {
    expect(coachStep(text, teen).action).toBe('aspiration');
  });

  it.each(['go to cubs on tuesday evenings', 'see my friends at the weekend', 'go swimming on saturdays'])('"%s" is a habit, not something due in days', (text) => {
    expect(coachStep(text, teen).action).not.toBe('target');
  });

  it('"stack three bricks in next 8 weeks" is a target for a toddler', () => {
    expect(coachStep('stack three bricks in next 8 weeks', baby).action).toBe('target');
  });
});

describe('times people type at "by when?"', () => {
  it.each([
    ['easter next year', '2028-0'],
    ['by summer next year', '2028-0'],
    ['next 10 weeks', '2027-03'],
    ['in next 3 months', '2027-04'],
    ['by october half term', '2027-10'],
  ])('"%s" means the time they meant, kept in their words', (text, month) => {
    const read = readWhenAnswer(text, { ...teen, today: '2027-01-10' });
    expect(read.timeframe?.phrase).toBe(text);
    expect(read.timeframe?.date.startsWith(month)).toBe(true);
  });
});

describe('a day soon, misspelt at "by when?", is still a target', () => {
  it.each([
    ['by tomorow', '2026-12-03'],
    ['tommorow', '2026-12-03'],
    ['tomoz', '2026-12-03'],
    ['by frday', '2026-12-04'],
    ['b4 wensday', '2026-12-09'],
    ['next tusday', '2026-12-08'],
  ])('"%s" keeps the words as typed and means %s', (typed, date) => {
    const read = readWhenAnswer(typed, adult);
    expect(read.timeframe).toEqual({ phrase: typed, date });
    expect(read.target).toBe(true);
  });

  it.each(['money', 'a sunny day'])('"%s" names no day', (typed) => {
    expect(readWhenAnswer(typed, adult).timeframe).toBeNull();
  });
});

describe('a vague step stays vague when typed fast, hedged or followed by "is that ok"', () => {
  it.each([
    'dunno revise',
    'maybe tidy up more',
    'listen in class n stop mucking about',
    'get beter at maths',
    'grow up a bit to be honest',
    'read more. does that count?',
    'sing more, is it too small',
  ])('"%s" is vague', (text) => {
    expect(coachStep(text, teen).action).toBe('vague');
  });

  it.each(['bake bread with my nan every sunday. is that ok?', 'make fish n chips for my family on my own', 'swim 10 lengths, or is it too much'])(
    '"%s" names something to see, so it is accepted',
    (text) => {
      expect(coachStep(text, teen).action).toBe('accept');
    },
  );
});
