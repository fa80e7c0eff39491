import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

const young = { parent: false } as const;

/* Something clearly made on one's own is no worry; a letter, a note, a will, or a body part "done myself" is read as ever. */
describe('made on my own', () => {
  it.each(['ive done the voice over myself', 'i made the video on my own', 'i drew the picture all by myself', 'i built the level myself'])(
    '%j: no check',
    (typed) => {
      expect(safeguardingInChat(typed, young).action).toBe('none');
    },
  );

  it.each(['ive written a goodbye letter myself', 'i wrote a goodbye note all by myself', 'i wrote my will myself'])('%j: the full answer', (typed) => {
    expect(detectConcern(typed)).toMatchObject({ concern: true, sure: true });
    expect(safeguardingInChat(typed, young).action).toBe('answer');
  });

  it.each(['ive done my arms myself', 'i made a goodbye video myself'])('%j: still a worry', (typed) => {
    expect(safeguardingInChat(typed, young).action).not.toBe('none');
  });
});
