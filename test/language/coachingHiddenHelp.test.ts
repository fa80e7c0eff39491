import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/*
 * Help named deep in a long answer ("what he really needs is a taxi"), steps that sound busy but
 * name nothing ("smash it at college"), a helper who is the subject of a sentence ("my support
 * worker says I should..."), and times said with a birthday or "like".
 */

const today = '2026-12-02';
const yearTen: CoachContext = { today, age: 15, schoolYear: 10 };
const adult: CoachContext = { today, age: 20 };

describe('help named as what is needed, anywhere in a long answer, is provision', () => {
  it.each([
    "I think what I really need, because I get lost in big lessons and can't keep up, is a TA who sits near me in science",
    'He gets very anxious in the mornings and we tried everything, what he really needs is a taxi to school with the same driver',
    'college is ok but the main thing that would make it better is getting the notes before the lesson on my laptop',
  ])('"%s"', (text) => {
    expect(coachStep(text, yearTen).action).toBe('provision');
  });

  it('a hard thing said with no help named is still a hard thing', () => {
    expect(coachStep('He gets very anxious in the mornings and we have tried everything', yearTen).action).toBe('barrier');
  });
});

describe('busy-sounding steps that name nothing are vague', () => {
  it.each(['smash it at college', 'step up and get my head in the game', 'take control of my learning', 'work really hard and push myself every day'])('"%s"', (text) => {
    expect(coachStep(text, yearTen).action).toBe('vague');
  });

  it.each(['work really hard on my coursework and hand in all 4 units', 'go to the gym every day'])('"%s" names something to do', (text) => {
    expect(coachStep(text, yearTen).action).toBe('accept');
  });
});

describe('a helper who only says or suggests is not the answer', () => {
  it('"my support worker says I should..." is the person\'s step', () => {
    expect(coachStep('my support worker says I should go to the job club on Tuesdays and I want to write my CV and apply for 3 jobs', adult).action).toBe('accept');
  });

  it('"have a support worker come round" is still provision', () => {
    expect(coachStep('have a support worker come round twice a week and help me with the cooking', adult).action).toBe('provision');
  });
});

describe('times said with a birthday or "like"', () => {
  it('"by my 23rd birthday in may" is kept whole, a short step', () => {
    const read = readWhenAnswer('by my 23rd birthday in may', { today, age: 22 });
    expect(read.timeframe).toEqual({ phrase: 'by my 23rd birthday in may', date: '2027-05-31' });
    expect(read.target).toBe(true);
  });

  it('"in like 6 weeks" is six weeks from today, kept without the spoken "like"', () => {
    expect(readWhenAnswer('in like 6 weeks', yearTen).timeframe).toEqual({ phrase: 'in 6 weeks', date: '2027-01-13' });
  });
});
