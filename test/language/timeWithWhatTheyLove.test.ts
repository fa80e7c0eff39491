import { describe, expect, it } from 'vitest';
import { isSupportOnly } from '../../src/language';

/* "More time with horses" at what it would make possible is time with what they love, never help given; time with a helper is help. */
describe('more time with someone or something', () => {
  it.each(['More time with horses and a calmer start at secondary', 'more time with my friends', 'extra time with the dogs at the farm'])('"%s" is not help', (text) => {
    expect(isSupportOnly(text)).toBe(false);
  });
  it.each(['more time with a TA', 'more time with her teacher', 'more time with the speech therapist', 'extra time in exams'])('"%s" is help', (text) => {
    expect(isSupportOnly(text)).toBe(true);
  });
});

/* Chloe (24) at "what would it do for you?": "less nervus" is how she would feel, spelt as typed; never help she needs. */
describe('less or more of a feeling, spelt as typed', () => {
  it.each(['less nervus', 'less anxius', 'less stresed', 'less upset', 'more calm', 'less worryed'])('"%s" is how they would feel, not help', (text) => {
    expect(isSupportOnly(text)).toBe(false);
  });
  it.each(['less homework', 'more physio', 'fewer kids in the class'])('"%s" is still help asked for', (text) => {
    expect(isSupportOnly(text)).toBe(true);
  });
});
