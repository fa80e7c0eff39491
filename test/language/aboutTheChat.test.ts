import { describe, expect, it } from 'vitest';
import { asksWhatTheChatIs, ownWordsOf, saidInsteadOfABit, talkInPlainWords } from '../../src/language/aboutTheChat';

describe('talk about the chat in plain words', () => {
  it.each(['wtf is a step', 'wth does that mean', "what's the difference between this and the help bit?", 'whats the diffrence between a need and a hope', 'is this the same as the last one?'])(
    '"%s" asks what the question means',
    (said) => expect(talkInPlainWords(said)?.topics).toEqual(['meaning']),
  );
  it.each(['lol I want to be a boxer', 'I want to know what to do when im angry', 'wtf my coach helps', 'being asked what I mean when I cant say it', 'the difference is my mum helps'])(
    '"%s" is left to the usual readers',
    (said) => expect(talkInPlainWords(said)).toBeNull(),
  );
});

describe('asking what the chat is', () => {
  it.each([
    ['are you a real person', 'person'],
    ['r u real?', 'person'],
    ['is this a real person or a bot', 'person'],
    ['r u a bot', 'computer'],
    ['am i talking to a robot lol', 'computer'],
  ] as const)('"%s" is %s', (said, what) => expect(asksWhatTheChatIs(said)).toBe(what));
  it.each(['are you ok', 'is it a real person who reads it', 'a real person to talk to', 'i want to be a real boxer'])('"%s" is not', (said) => expect(asksWhatTheChatIs(said)).toBeNull());
});

describe('a bit disliked, then what to put instead', () => {
  it('"the results day bit sounds dumb. put my results slip says i got a 4" puts the slip', () =>
    expect(saidInsteadOfABit('the results day bit sounds dumb. put my results slip says i got a 4')).toBe('my results slip says i got a 4'));
  it.each(['the maths bit is hard. put me in a small group', 'the results day bit sounds dumb', 'put my results slip'])('"%s" is left to the usual readers', (said) =>
    expect(saidInsteadOfABit(said)).toBeNull(),
  );
});

describe('an outcome in their own words, without remarks', () => {
  it.each([
    ['walk to school on my own like i said before', 'walk to school on my own'],
    ['walk to school on my own no offence mum', 'walk to school on my own'],
    ['walk to school on my own lol', 'walk to school on my own'],
  ])('%j is %j', (text, own) => {
    expect(ownWordsOf(text)).toBe(own);
  });
  it.each(['lol', 'walk to school with lola', 'go to the haha comedy club', 'tell jokes and make people laugh', 'say what i said before in class', 'get a job then im done with school'])('%j stays as typed', (text) => {
    expect(ownWordsOf(text)).toBe(text);
  });
});
