import { describe, expect, it } from 'vitest';
import { hopesIn } from '../../src/language/hopesInMessage';

/*
 * Two or three words with no verb are a hope of their own only when they name a part of life
 * ("Dog groomer.", "A flat."). "A lovely boy." and "Very shy." tell about the person.
 */
describe('a few words said on their own before a hope', () => {
  it.each([
    'A lovely boy. Very shy. He wants to work with animals.',
    'Really kind. A bit anxious. She wants to live with her friends.',
  ])('"%s" is one hope, told about the person', (typed) => {
    expect(hopesIn(typed)).toHaveLength(1);
  });

  it.each([
    ['Dog groomer. And to live in a flat with my friends.', 2],
    ['A paid job. A car. To see my nan every week.', 3],
  ])('"%s" keeps each thing wanted as a hope', (typed, count) => {
    expect(hopesIn(typed)).toHaveLength(count);
  });
});
