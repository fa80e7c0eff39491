import { describe, expect, it } from 'vitest';
import { readChatTalk } from '../../src/language/chatTalk';

describe('an answer with "is that ok?" after it', () => {
  it('keeps the answer and reads the question as checking it', () => {
    for (const [said, answer] of [
      ['go to the shop on my own, is that the kind of thing you mean?', 'go to the shop on my own'],
      ['learn to cook pasta. is that ok?', 'learn to cook pasta.'],
      ['get the bus to college. does that count?', 'get the bus to college.'],
      ['make my own lunch. is this what you want?', 'make my own lunch.'],
    ] as const) {
      const talk = readChatTalk(said);
      expect(talk?.topics, said).toEqual(['isItOk']);
      expect(talk?.answer, said).toBe(answer);
    }
  });

  it('leaves answers with commas, and other questions, alone', () => {
    expect(readChatTalk('make pasta, rice and eggs on my own')).toBeNull();
    expect(readChatTalk('go to the shop, is that a thing')).toBeNull();
    expect(readChatTalk('what do you mean?')?.topics).toEqual(['meaning']);
  });
});
