import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/* "they hate me" said alone: a gentle "Are you OK?" in proportion, not the full answer. Anything done to them still is. */
const said = (text: string) => safeguardingInChat(text, { parent: false });

describe('being disliked, said alone, gets a gentle check', () => {
  it.each(['they hate me', 'They hate me.', 'the other kids hate me tbh'])('%j', (typed) => {
    expect(said(typed)).toEqual({ action: 'check', concern: { concern: true, category: 'bullying', sure: false } });
  });
});

describe('the same words with something done to them are still told at once', () => {
  it.each(['they hate me and call me names', 'they hate me, they push me in the corridor', 'they hate me and hit me'])('%j', (typed) => {
    expect(said(typed).action).toBe('answer');
  });
});

/* Everyone or nobody: the whole world against them is told at once, as it was. */
describe('everyone hating them keeps the full answer', () => {
  it.each(['everyone hates me', 'everyone hates me tbh', 'every1 hates me'])('%j', (typed) => {
    expect(said(typed).action).toBe('answer');
  });
});
