import { describe, expect, it } from 'vitest';
import { coachStep } from '../../src/language/coaching';

const context = { today: '2026-12-05', age: 14, earlyYears: false };

describe('a step that only brings help with it', () => {
  it.each([
    ['go to drama club with a support worker', 'a support worker'],
    ['she will go to brownies with her TA', 'her TA'],
    ['get better at spelling with a tutor twice a week', 'a tutor twice a week'],
    ['improve my writing with 1:1 tuition', '1:1 tuition'],
  ])('keeps the help in "%s" as help', (said, help) => {
    const coached = coachStep(said, context);
    expect(coached.action).toBe('provision');
    expect(coached.support).toContain(help);
  });

  it.each([
    'help looking for a part time job',
    'help applying for college',
    "she'll need a place on the childcare course with support",
  ])('keeps "%s" as help', (said) => {
    expect(coachStep(said, context).action).toBe('provision');
  });

  it.each([
    'go to the shop with my support worker at first and then on my own',
    'go to football training with my TA and join in the warm up',
    'get on better with the teachers',
    'go to the cinema with my friends',
    'get a place on the football team',
  ])('leaves "%s" as their own step', (said) => {
    expect(coachStep(said, context).action).not.toBe('provision');
  });
});
