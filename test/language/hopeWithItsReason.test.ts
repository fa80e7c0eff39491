import { describe, expect, it } from 'vitest';
import { hopesIn } from '../../src/language/hopesInMessage';

/*
 * "Lily wants to join Brownies at the church hall, her cousin Amy goes and Lily really wants to go too.":
 * one hope. Someone else who already goes is the reason for it, and "to go too" leans on it.
 */

describe('a hope with the reason for it', () => {
  it.each([
    'Lily wants to join Brownies at the church hall, her cousin Amy goes and Lily really wants to go too.',
    'He wants to go to the swimming club, his best friend goes and he wants to go as well.',
    'She would like to do gymnastics, her sister does it and she wants to do it too.',
    'I want her to join the football club because her friend goes.',
    'Sam wants to go to Scouts, his mates go and he wants to go too',
  ])('%j is one hope', (typed) => {
    expect(hopesIn(typed)).toHaveLength(1);
    expect(hopesIn(typed)[0]).toMatch(/(?:too|as well|goes)$/);
  });

  it.each([
    ['Lily wants to join Brownies, and she wants to learn to swim.', 2],
    ['he wants to read better and also he wants to learn to swim', 2],
  ] as const)('leave alone: %j is still %i hopes', (typed, count) => {
    expect(hopesIn(typed)).toHaveLength(count);
  });
});
