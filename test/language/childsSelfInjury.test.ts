import { describe, expect, it } from 'vitest';
import { describesChildsSelfInjury } from '../../src/language';

/* A parent's words about the child hurting themselves when distressed: a need for the plan as well as a worry. */
describe('a child hurting themselves when upset, as a parent tells it', () => {
  it.each([
    'he hits himself in the head when he is upset',
    'they hit themselves when they are overwhelmed',
    'she bangs her head on the floor in meltdowns',
    'he bites himself when hes frustrated',
    'he scratches his arms when hes stressed',
    'he head bangs when he cant tell us whats wrong',
    // What an outcome would do for the child: the self-injury hoped to stop, said beside tiredness.
    "he'd be less exhausted and stop hurting himself",
    'she would stop hitting herself so much',
  ])('%j is', (typed) => expect(describesChildsSelfInjury(typed)).toBe(true));

  it.each([
    // A blade, dying, or wanting to be hurt: the full answer, never only a need.
    'he cuts himself when he is upset',
    'she hits herself and says she wants to die',
    'she burns herself when she is angry',
    // Someone else in it, or the parent's own despair: the worry stays the whole of it.
    'he hits himself when his dad shouts',
    'im at the end of my rope, he hits himself when upset',
    // No distress said, or the young person about themselves.
    'he hurts himself',
    'i hit myself when im upset',
  ])('%j is not', (typed) => expect(describesChildsSelfInjury(typed)).toBe(false));
});
