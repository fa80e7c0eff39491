import { describe, expect, it } from 'vitest';
import { planAnswerAtCheck } from '../../src/language/answerAtCheck';

/*
 * At "Are you OK?", a reply that may be more of the worry is never taken as the plan's answer unless they say it was
 * for the plan: the check is asked once more.
 */
describe('a reply at "Are you OK?" that may tell more of the worry', () => {
  it.each([
    'we go to meet them at the station',
    'i have to wait for him at night',
    'my mate and his friends stay at mine',
    'i sleep on the sofa now',
    'sometimes i go to bed without tea',
    'only when im at my dads house',
    'he gets cross when i see my mates',
    'i get the bus to the flats and drop stuff off',
  ])('%j is not kept as a plan answer', (typed) => {
    expect(planAnswerAtCheck(typed)).toBeUndefined();
  });

  it.each(['more confident at school', 'getting a job in a shop'])('%j is still a plan answer', (typed) => {
    expect(planAnswerAtCheck(typed)?.answer).toBe(typed);
  });
});
