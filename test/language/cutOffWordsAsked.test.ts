import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/* A question about the bot's own words being cut off is never read as cutting, nor as a worry. */

describe('"did you cut them off?" about the bot\'s words', () => {
  it.each(['Is the rest of the words there or did you cut them off?', 'did you cut it off', 'did it get cut off?', 'the rest of the message got cut off', 'why did you cut my words off'])('"%s": nothing', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('none');
    expect(safeguardingInChat(text, { parent: true }).action).toBe('none');
  });

  it.each(['i cut myself off', 'did you cut them off? i want to kill myself'])('leave alone: "%s" is still answered', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('answer');
  });
});
