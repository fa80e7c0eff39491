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
    // As a mum with English as a second language typed it.
    'When he cant tell he get angry and hit his head',
    'she bites her hand when its too loud',
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
    // Someone else's body: a brother's rough play with his sister is not self-injury.
    'when he is overwhelmed he pushes her or pulls her hair',
  ])('%j is not', (typed) => expect(describesChildsSelfInjury(typed)).toBe(false));
});
