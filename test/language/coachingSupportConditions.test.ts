import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';

/*
 * A hope or step said with the support it depends on ("I will pass my maths if I have a tutor") is
 * still the person's: the support is kept beside it as provision. When the step says nothing of its
 * own ("he would be ok"), or is only imagined with help ("i could do it if i had someone"), the
 * support is the point and is read as support.
 */

const today = '2026-12-02';
const yearTen: CoachContext = { today, age: 15, schoolYear: 10 };
const child: CoachContext = { today, age: 8, schoolYear: 3 };

describe('a condition that uses no help stays part of the step', () => {
  it.each(['go to the park if i can use the bus', 'win the race if i can use my speed'])('"%s" keeps its condition', (text) => {
    const coached = coachStep(text, yearTen);
    expect(coached.support ?? null).toBeNull();
    expect(coached.step).toBe(text);
  });
});

describe('a hope or step with a condition naming support', () => {
  it.each([
    'I will pass my maths if I have a tutor',
    'i will go to college as long as i have my travel buddy',
    'if she has her reading pen she will do the test on her own',
    'Once he gets his laptop, he will type his own stories',
  ])('"%s" is a hope at the hopes question', (text) => {
    expect(coachHope(text)).toBe('aspiration');
  });

  it.each([
    ['I will pass my maths if I have a tutor', 'a tutor', yearTen],
    ['he will read a whole book to me if he has his coloured overlay', 'his coloured overlay', child],
    ['Once he gets his laptop, he will type his own stories', 'his laptop', child],
    ['she can say hello to her friends with her talker if she has the speech therapist each week', 'the speech therapist each week', child],
    ['she will say hello to her friends with her talker if the speech therapist sees her each week', 'the speech therapist sees her each week', child],
    ["she'll say hello to her friends using her talker as long as she sees the speech therapist each week", 'the speech therapist each week', child],
    ['make a 5 minute film on the laptop if i can use the laptop in every lesson', 'use the laptop in every lesson', yearTen],
    ["he'll write a whole page if he is allowed to use his reading pen", 'use his reading pen', child],
  ] as const)('"%s" is a step at the outcome question, with its support kept', (text, support, context) => {
    const coached = coachStep(text, context);
    expect(coached.action).not.toBe('provision');
    expect(coached.support).toBe(support);
    expect(coached.step).not.toContain(support);
  });

  it.each([
    'if he had a person with him at lunch he would be ok, its lunch where it all go wrong',
    'if i had someone to ring when my anxiety gets bad that would help a lot',
    'i could do my homework if i had someone to sit with me',
    'she will do it if there is a youth worker to take her',
    'she can manage lunch in the hall as long as there is an adult near her',
    'he can cope in assembly if he has his ear defenders',
    'she can be calm at lunch if she has a quiet room',
  ])('"%s" is still support', (text) => {
    expect(coachHope(text)).toBe('support_as_hope');
    expect(coachStep(text, yearTen).action).toBe('provision');
  });

  it.each([
    'she will make friends when she sees her cousins',
    'he will go to the park if his brother comes with him',
  ])('"%s" keeps its whole step, nothing is read as support', (text) => {
    const coached = coachStep(text, child);
    expect(coached.action).toBe('accept');
    expect(coached.support).toBeNull();
  });
});
