import { describe, expect, it } from 'vitest';
import { asksHowLong, splitHowLong } from '../../src/language/howLongAsked';

/* A question about time left in the chat, inside an answer; a question about keeping the answers is not one. */

describe('asking how long is left', () => {
  it.each(['how long do you keep this', 'how long do you keep my answers for?', 'how long will you keep it'])(
    '%j asks about the answers being kept, not about time left',
    (text) => {
      expect(asksHowLong(text)).toBe(false);
      expect(splitHowLong(text)).toEqual({ answer: text, asks: false });
    },
  );

  it.each(['how long is left', 'ok but can I stop soon', 'is it nearly done', 'how long will this take'])('leave alone: %j asks how long is left', (text) => {
    expect(asksHowLong(text)).toBe(true);
  });

  it('leave alone: "Jo will write down how long he sits" is an answer about time', () => {
    expect(asksHowLong('Jo will write down how long he sits')).toBe(false);
  });
});

describe('asking whether the chat is nearly over, in more words', () => {
  it.each(['is this nearly done', 'is this almost over', 'are we done yet', 'r we nearly done yet?'])('%j asks how long is left', (text) => {
    expect(asksHowLong(text)).toBe(true);
  });
  it.each(['is that done', 'is it over', 'i am nearly done with school'])('%j is not about the chat', (text) => {
    expect(asksHowLong(text)).toBe(false);
  });
});
