import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/* Self-harm and suicide said aside, typed as people type it, beside the ordinary messages that share its words. */

const young = (text: string) => safeguardingInChat(text, { parent: false });

describe('self-harm and suicide said aside get the full answer', () => {
  it.each([
    'i tie my scarf tight on my neck',
    'i hurt my arm on perpose sometimes when i am angry at me',
    'honestly im just exhausted of being me. i want a break that lasts forever',
    "Work placement sounds good but honestly I've got a plan for the end of the month so it doesn't matter",
  ])('%j: the full answer', (said) => {
    expect(young(said)).toEqual({ action: 'answer', category: 'self_harm_or_suicide' });
  });

  it.each(['my scarf is tight so i loosen it', 'i want a long break this summer', 'im tidying things up before i go on holiday'])('%j: nothing', (said) => {
    expect(young(said).action).toBe('none');
  });
});
