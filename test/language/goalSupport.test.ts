import { describe, expect, it } from 'vitest';
import { coachStep } from '../../src/language/coaching';
import { coachHope } from '../../src/language/hopeCoaching';

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

  it.each(['my hopes r to get a scribe and extra time in exams', 'our aims are to get him speech therapy and a quiet room', 'that the college give him a mentor every week'])(
    'asks about "%s" as help at the hopes question, however the goal is led in',
    (said) => {
      expect(coachHope(said)).toBe('support_as_hope');
    },
  );

  it.each(['my hopes are to get a job and a flat', 'that he gets a place at college', 'that she is happy and has friends', 'my hopes r to go to uni and live with my mates'])(
    'leaves "%s" as a hope',
    (said) => {
      expect(coachHope(said)).toBe('aspiration');
    },
  );
});
