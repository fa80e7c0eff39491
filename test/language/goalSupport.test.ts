import { describe, expect, it } from 'vitest';
import { coachHope, coachStep } from '../../src/language/coaching';

const context = { today: '2026-12-02', age: 9, earlyYears: false };

describe('support said as a goal', () => {
  it.each([
    'Our goal is 2 hours of OT every week',
    'my goal is that the school give him a quiet place at lunch',
    'my aim is to get him a keyworker at nursery',
    'to get him a special chair in class so he can sit properly',
    'my goal is for college to give me a mentor',
    'more adult help in the playground so he can play with others',
  ])('keeps "%s" as help, not as an outcome', (said) => {
    expect(coachStep(said, context).action).toBe('provision');
  });

  it.each(['My goal for him is to get OT every week', 'We hope she gets a place in a small class with a TA'])(
    'asks about "%s" as help at the hopes question',
    (said) => {
      expect(coachHope(said)).toBe('support_as_hope');
    },
  );

  it.each(['my goal is to pass maths', 'my aim is to get a job', 'get the bus to school on my own', 'my goal is to get my level 3 BSL', 'he will walk to school so he can be more independent'])(
    'leaves "%s" as their own step',
    (said) => {
      expect(coachStep(said, context).action).not.toBe('provision');
    },
  );

  it('leaves "get a place at college doing catering" as a hope', () => {
    expect(coachHope('get a place at college doing catering')).toBe('aspiration');
  });
});
