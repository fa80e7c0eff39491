import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

describe('feeling empty after a missed breakfast', () => {
  it.each(['I skip breakfast and feel empty by 11', 'skip breakfast and feel empty', 'i miss lunch and my tummy feels empty in maths'])(
    '%j is a need, not asked about',
    (typed) => {
      expect(safeguardingInChat(typed, { parent: false }).action).toBe('none');
    },
  );

  it.each(['i skip breakfast because there is no food at home', 'there is never any breakfast at home so i feel empty at school'])(
    '%j (no food at home) gets the full answer',
    (typed) => {
      expect(safeguardingInChat(typed, { parent: false })).toMatchObject({ action: 'answer', category: 'neglect' });
    },
  );

  it.each(['mum doesnt give me breakfast and i feel empty all day', 'i feel empty inside all the time'])('%j is still asked about', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });
});

describe('nappies left behind for good', () => {
  it.each(['she said bye bye to nappies for good', 'hes finally said bye bye to nappies for good, dry day and night', 'we said bye bye to nappies for good this summer'])(
    '%j is not asked about, whoever tells it',
    (typed) => {
      expect(safeguardingInChat(typed, { parent: false }).action).toBe('none');
      expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
    },
  );

  it.each(['she said bye to her friends for good', 'no more nappies but she is left in wet pants all day'])('%j is still heard', (typed) => {
    expect(safeguardingInChat(typed, { parent: false }).action).not.toBe('none');
  });
});
