import { describe, expect, it } from 'vitest';
import { coachStep, type CoachContext } from '../../src/language/coaching';

/*
 * At "what is the step?": a vague step stays vague when a remark follows it (who said it, how old
 * someone is, "thats it really"); a real step with the same kind of remark after it is still a step.
 */

const today = '2026-12-05';
const child: CoachContext = { today, age: 9, schoolYear: 4 };
const teen: CoachContext = { today, age: 15, schoolYear: 10 };
const small: CoachContext = { today, age: 5, schoolYear: 0, earlyYears: true };

describe('a vague step with a remark after it is still vague', () => {
  it.each([
    "improve his behaviour. the school say he's 'disruptive' whatever that means",
    'develop his language and communication skills, thats what the paediatrician said anyway',
    'work harder and focus more in lessons, my head of year always says im capable',
    "take more responsibility for herself and be more mature. she's 15 going on 10 sometimes lol",
    'improve. thats it really',
    'focus more in class, his teacher keeps saying it',
    'make expected progress in maths',
  ])('"%s" is vague', (text) => {
    expect(coachStep(text, teen).action).toBe('vague');
  });

  it.each(['be ready for year 1 really', 'be ready for big school'])('"%s" is vague for a small child', (text) => {
    expect(coachStep(text, small).action).toBe('vague');
  });

  it.each([
    "walk to school on his own, the school say he's ready",
    'read a whole book by himself. thats what his teacher said',
    "make a cup of tea on her own, she's 9 and keen",
  ])('leaves alone "%s", a step anyone could see', (text) => {
    expect(coachStep(text, child).action).toBe('accept');
  });
});
