import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';

/*
 * At "what is the step?": sayings about trying or progress are a start, not yet a step; a life in
 * the forces or a house of one's own is a dream; "next lesson" is a short step.
 */

const today = '2026-12-02';
const yearEight: CoachContext = { today, age: 13, schoolYear: 8 };
const adult: CoachContext = { today, age: 22 };

describe('sayings about trying and progress are vague', () => {
  it.each([
    'train hard',
    'study really hard',
    'try harder to get one',
    "Honestly I think she'll just keep progressing and getting there slowly, she's come such a long way, she just needs to keep going",
    "I'll be in a better place mentally and more on top of things. Getting out there more, putting myself forward, that kind of thing",
  ])('"%s" is vague', (text) => {
    expect(coachStep(text, adult).action).toBe('vague');
  });

  it.each([
    'train hard for the 5k run in june',
    'keep improving my reading to level 5',
    'get there on the bus on my own',
    "I'll go to the gym 3 times a week",
    'try harder to get a job',
  ])('leaves alone "%s", which names something to do', (text) => {
    expect(coachStep(text, adult).action).not.toBe('vague');
  });
});

describe('a life in the forces or a house of their own is a dream', () => {
  it.each(['be in the SAS', 'join the navy', 'build my own house'])('"%s" is an aspiration', (text) => {
    expect(coachStep(text, yearEight).action).toBe('aspiration');
  });

  it.each(['join the army cadets', 'build my own lego house'])('leaves alone "%s", a step', (text) => {
    expect(coachStep(text, yearEight).action).toBe('accept');
  });
});

describe('a lesson away is a short step', () => {
  it('"change a wheel at college next lesson" is a target', () => {
    expect(coachStep('change a wheel at college next lesson', { today, age: 17, schoolYear: 12 }).action).toBe('target');
  });

  it.each(['go to next lesson on time', 'get to the next lesson on time'])('leaves alone "%s", a habit', (text) => {
    expect(coachStep(text, yearEight).action).toBe('accept');
  });
});
