import { describe, expect, it } from 'vitest';
import { readChatTalk } from '../../src/language';

describe('"which people?" asked back', () => {
  it.each(["Which people? I can't read minds", 'who do you mean?', 'people like who?', 'who?'])('%j asks who is meant; nothing is an answer', (typed) => {
    const talk = readChatTalk(typed);
    expect(talk?.topics).toContain('whichPeople');
    expect(talk?.answer).toBe('');
  });

  it.each(['my mum and my teacher', 'who knows', 'people like my jokes', 'which one tho. the mechanic one?'])('%j asks no such thing', (typed) => {
    expect(readChatTalk(typed)?.topics ?? []).not.toContain('whichPeople');
  });
});
