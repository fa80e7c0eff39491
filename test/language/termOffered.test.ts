import { describe, expect, it } from 'vitest';
import { offersTermAsAnswer } from '../../src/language/termOffered';

describe('a bare term offered as the answer', () => {
  it.each(['key worker', 'key worker?', 'my key worker?', 'keyworker', 'maybe my key worker?', 'key worker i guess'])('%j is the word offered as the answer', (typed) =>
    expect(offersTermAsAnswer(typed)).toBe(true),
  );
  it.each(['whats a key worker', 'what is a key worker?', 'who is my key worker?', 'is my support worker the same as a key worker?', 'do i have a key worker?', 'key worker means what'])('%j asks about the word', (typed) =>
    expect(offersTermAsAnswer(typed)).toBe(false),
  );
});
