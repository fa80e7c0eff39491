import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';

/*
 * A qualification got by the person ("get my level 3 BSL", "a first aid certificate from st john
 * ambulance") is their step; arrangements others make (exam access arrangements, a visit to the new
 * school, a transition plan) are provision, however the wish for them is said ("we'd want him to
 * have", "I want to have").
 */

const today = '2026-12-02';
const yearTen: CoachContext = { today, age: 15, schoolYear: 10 };
const adult: CoachContext = { today, age: 19 };

describe('a qualification the person gets is their step', () => {
  it.each([
    'get my level 3 BSL',
    'get my first aid certificate from st john ambulance',
    'get my level 2 gym instructor qualification',
    'get my level 1 in english',
  ])('"%s" is accepted', (text) => {
    expect(coachStep(text, adult).action).toBe('accept');
  });

  it.each(['he has level 3 support', 'get my hearing aids sorted', 'a BSL interpreter'])('"%s" is still support', (text) => {
    expect(coachStep(text, adult).action).toBe('provision');
  });
});

describe('arrangements others make are provision, however the wish is said', () => {
  it.each([
    'he will have access arrangements for his exams, 25% extra time and a laptop',
    "So we'd want him to have a proper transition plan and some taster days set up by the school",
    "I'd want my manager to give me written instructions",
    'a visit to the new school before with my TA',
    'I want to have a laptop',
    "i'll need DSA and a note taker for lectures probably",
    'more time with the ELSA',
  ])('"%s" is provision', (text) => {
    expect(coachStep(text, yearTen).action).toBe('provision');
  });

  it.each(['I want to have my own room for exams and rest breaks', 'get my meds sorted'])('"%s" at the hopes question is support', (text) => {
    expect(coachHope(text)).toBe('support_as_hope');
  });

  it.each([
    ['visit my new school on my own', 'accept'],
    ['invite someone round to mine or go to theirs', 'accept'],
    ['take my meds on my own every morning', 'accept'],
    ['do a first aid course', 'accept'],
    ["we'd want him to have friends", 'accept'],
    ['I want to get a place at college', 'accept'],
    ['more time with my friends', 'accept'],
  ])('leaves alone "%s", their own step', (text, action) => {
    expect(coachStep(text, yearTen).action).toBe(action);
  });

  it('a job of their own one day is a hope, not a teacher asked for', () => {
    expect(coachStep("She'll be a teacher one day, she plays schools all the time", { today, age: 7, schoolYear: 2 }).action).toBe('aspiration');
    expect(coachStep('I want to get a job', adult).action).toBe('aspiration');
  });
});
