import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';

/*
 * Help said in more ways at the step question: "wiv" for "with", work on coloured paper or in big
 * print, lists where every piece is help (a place and a person), and seeing or talking to someone
 * whose job is to help (a counsellor, a therapist). Look-alikes keep the person's own step.
 */

const today = '2026-12-04';
const teen: CoachContext = { today, age: 14, schoolYear: 9 };
const action = (text: string) => coachStep(text, teen).action;

describe('help said in many ways is provision', () => {
  it.each([
    'help wiv my reading from the TA',
    'support wid maths homework',
    'i want my worksheets on yellow paper',
    'my books in big print please',
    'a writing frame for science',
    'a word mat and a reader for tests',
    'somewhere safe to go at lunch and someone to check on me',
    'somewhere calm to sit when it gets loud',
    'she needs to see a therapist about her worries',
    'talk to a counseller when i get angry',
    'speak to the school counsellor once a week',
  ])('"%s" is help asked for', (text) => {
    expect(action(text)).toBe('provision');
  });
});

describe('look-alikes stay the person\'s own step', () => {
  it.each([
    'talk to my teacher when i get worried',
    'see my friends at the weekend',
    'go to the counsellor on my own',
    'become a counsellor',
    'print my own work at the library',
    'play football wiv my mates',
  ])('"%s" is not read as help', (text) => {
    expect(action(text)).not.toBe('provision');
  });
});
