import { describe, expect, it } from 'vitest';
import { readChatTalk } from '../../src/language';
import { saidToYou } from '../../src/language/likeThis';

describe('"what do u mean? like the teacher tells me?"', () => {
  it.each([
    ['what do u mean? like the teacher tells me?', 'the teacher tells me'],
    ['what do you mean? so like my mum checks?', 'my mum checks'],
  ])('%j asks whether an example is meant; nothing is an answer', (typed, example) => {
    const talk = readChatTalk(typed);
    expect(talk?.topics).toContain('likeThis');
    expect(talk?.about).toBe(example);
    expect(talk?.answer).toBe('');
  });

  it('"like the teacher tells me?" with no question about the meaning is no such question', () => {
    expect(readChatTalk('like the teacher tells me?')?.topics ?? []).not.toContain('likeThis');
  });

  it('says the example back to them', () => {
    expect(saidToYou('the teacher tells me')).toBe('the teacher tells you');
    expect(saidToYou('i do it on my own')).toBe('you do it on your own');
  });
});
