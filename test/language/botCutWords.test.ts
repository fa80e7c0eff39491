import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/* "you cut it short", said to the bot about its own read-back, is talk about the chat, never a worry. */

describe('"you cut" aimed at the bot', () => {
  it.each(['almost. you cut it', 'you cut it short', 'almost. you cut the app off', 'you cut off what i wrote', 'no you cut the end of it'])(
    '%j is never checked',
    (text) => {
      expect(safeguardingInChat(text, { parent: false }).action).toBe('none');
      expect(safeguardingInChat(text, { parent: true }).action).toBe('none');
    },
  );

  it.each(['i cut myself', 'almost. i cut my arm again', 'he cut me with a knife'])('%j is still taken seriously', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).not.toBe('none');
  });
});
