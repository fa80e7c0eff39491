import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';

/*
 * What a person gets by their own effort (a placement, a place at college, a job) is their step,
 * even said with "get": only a place given in a setting, or with help, is provision.
 */

const today = '2026-12-02';
const yearEleven: CoachContext = { today, age: 16, schoolYear: 11 };
const adult: CoachContext = { today, age: 20 };

describe('a place, placement or job the person gets is theirs, not support', () => {
  it.each([
    ['get a placement at a garage', yearEleven],
    ['get a place at college', yearEleven],
    ['get a job at tesco', adult],
    ['i want to get a placement at the vets', yearEleven],
    ['he gets a place at college doing motor vehicle', yearEleven],
    ['get a saturday job at the bakery', yearEleven],
  ] as const)('"%s" is accepted as a step at the outcome question', (text, context) => {
    expect(coachStep(text, context).action).toBe('accept');
  });

  it.each(['get a placement at a garage', 'get a place at college', 'get a job at tesco', 'get an interview at the leisure centre'])(
    '"%s" is a hope at the hopes question',
    (text) => {
      expect(coachHope(text)).toBe('aspiration');
    },
  );

  it.each(['get a place at a special school', 'get him a place at a nursery with proper help', 'get a laptop', 'have a place to go when it gets too much'])(
    '"%s" is still support',
    (text) => {
      expect(coachStep(text, yearEleven).action).toBe('provision');
      expect(coachHope(text)).toBe('support_as_hope');
    },
  );
});

describe('exams and subjects a person passes or gets are theirs, not support', () => {
  it.each([
    'pass english and maths',
    'pass maths and english at college',
    'pass english n maths',
    'pass functional skills maths',
    'get my GCSEs',
    'pass english and maths and get my GCSEs',
    'get my GCSE english and maths',
  ])('"%s" is accepted as a step at the outcome question', (text) => {
    const coached = coachStep(text, yearEleven);
    expect(coached.action).toBe('accept');
    expect(coached.support).toBeNull();
    expect(coachHope(text)).toBe('aspiration');
  });

  it.each([
    ['get my GCSEs with extra time', 'get my GCSEs', 'extra time'],
    ['pass english and maths with a tutor', 'pass english and maths', 'a tutor'],
  ])('"%s" is the step, with the help said kept apart', (text, step, support) => {
    expect(coachStep(text, yearEleven)).toMatchObject({ action: 'accept', step, support });
  });

  it.each(['a toilet pass', 'a pass to leave lessons early', 'extra maths lessons', 'a maths tutor', 'extra time in my exams'])('"%s" is still support', (text) => {
    expect(coachStep(text, yearEleven).action).toBe('provision');
  });
});
