import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';

/*
 * Working more is something the person will do: "more hours at the cafe" from a young adult who
 * works there is a hope or a step, never help given. More hours with a helper, of 1:1, or at a
 * school, college, nursery or base are still support.
 */

const adult: CoachContext = { today: '2026-12-02', age: 20 };

describe('more hours of their own work are a hope or a step', () => {
  it.each(['more hours at the cafe', 'i want more hours at the cafe', 'more shifts at the cafe', 'extra hours at Tesco', 'more hours at work', 'more paid hours', 'get more shifts'])(
    '"%s"',
    (said) => {
      expect(coachHope(said, adult)).toBe('aspiration');
      expect(coachStep(said, adult).action).not.toBe('provision');
    },
  );
});

describe('leave alone: more hours of help stay support', () => {
  it.each([
    'more hours with my job coach',
    'more hours of 1:1',
    'more hours at the cafe with my job coach',
    'more hours at college',
    'more hours at nursery with the helper',
    'more hours at school',
    'more hours at the resource base',
    'more hours of support at work',
    'more hours',
  ])('"%s"', (said) => {
    expect(coachHope(said, adult)).toBe('support_as_hope');
    expect(coachStep(said, adult).action).toBe('provision');
  });
});
