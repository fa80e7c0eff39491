import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * Tablets kept back to take all at once, hidden or counted are a sign of suicide; tablets collected
 * from the chemist, or kept in one's own room, are care and independence.
 */
describe('tablets kept or collected', () => {
  it.each([
    ["I've been saving my tablets up", false],
    ['keeping all my pills in a box for when I need them', false],
    ['she keeps her tablets hidden in her room', true],
    ['ive been collecting up my tablets', false],
    ['been collecting my mums sleeping tablets', false],
  ] as const)('%j gets the full answer', (typed, parent) => {
    expect(safeguardingInChat(typed, { parent }).action).toBe('answer');
  });

  it.each([
    ['collecting my meds from the chemist on my own now', false],
    ['she is keeping her tablets in her room', true],
    ['i collect my tablets on my own now', false],
    ['he keeps his tablets in his bedroom now', true],
  ] as const)('%j is not asked about', (typed, parent) => {
    expect(safeguardingInChat(typed, { parent }).action).toBe('none');
  });
});
