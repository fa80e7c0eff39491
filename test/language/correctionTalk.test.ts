import { describe, expect, it } from 'vitest';
import { readAside } from '../../src/language/aside';
import { readCorrectionTalk } from '../../src/language/correctionTalk';

/* Corrections and complaints to the bot, as people typed them, and real answers that look like them. */

describe('talk to the bot about what it kept is never an answer', () => {
  it.each([
    ["Stop. You've made it worse. It's junk."],
    ["Hang on, you've skipped ahead"],
    ['you skipped a question'],
    ["that's wrong"],
    ['its junk'],
    ['you made it worse'],
  ])('"%s" is a complaint', (text) => {
    expect(readCorrectionTalk(text)).toEqual({ kind: 'complaint' });
  });

  it.each([
    ['no not gym. the job one', 'gym', 'job'],
    ['not the gym one, the job one', 'gym', 'job'],
    ['nah not swimming i mean the cooking one', 'swimming', 'cooking'],
  ])('"%s" points from one hope to another', (text, not, meant) => {
    expect(readCorrectionTalk(text)).toEqual({ kind: 'notThat', not, meant });
  });

  it.each([
    ['sam is not hard. take it off', 'sam'],
    ["The bus isn't a problem, remove it please", 'bus'],
    ['noise is not hard. get rid of it', 'noise'],
  ])('"%s" asks to take out the need named', (text, named) => {
    expect(readCorrectionTalk(text)).toEqual({ kind: 'takeOut', named });
  });

  it.each([
    ["I want to make sure the 'daily' and '20 to 30 minutes' are kept", ['daily', '20 to 30 minutes']],
    ['keep the daily part', ['daily']],
    ['can you keep the 20 minutes bit in', ['20 minutes']],
  ])('"%s" asks to keep parts', (text, parts) => {
    expect(readCorrectionTalk(text)).toEqual({ kind: 'keepParts', parts });
  });

  it.each([
    ['not being able to stop'],
    ["stopping when i'm angry"],
    ['take off my coat on my own'],
    ['the job one day i want is vet'],
    ['no one plays with me'],
    ['keep calm'],
    ['keep my room tidy'],
    ['I want to make sure I get in'],
    ['stop'],
    ['not the bus, the train'],
    ['sam is not kind to me'],
    ['sam is not nice. take it off him'],
    ['it is hard to stop'],
    ['skipped ahead in the lunch queue'],
    ['make sure the dog is fed'],
  ])('"%s" is left alone', (text) => {
    expect(readCorrectionTalk(text)).toBeNull();
  });

  it.each([["you've made it worse"], ["it's junk"], ["you've skipped ahead"]])('"%s" is a complaint wherever asides are read', (text) => {
    expect(readAside(text)).toBe('complaint');
  });

  it.each([['it is worse at night'], ['junk food'], ['he skipped ahead in the queue']])('"%s" is no aside', (text) => {
    expect(readAside(text)).toBeNull();
  });
});

describe('talk about the hopes and about earlier answers', () => {
  it.each(['can i see my hopes', 'what are my hopes?', 'show me my dreams so far'])('"%s" asks to see the hopes', (text) => {
    expect(readCorrectionTalk(text)).toEqual({ kind: 'seeHopes' });
  });

  it.each([
    ['football is not help he need!! it is what he can do next', 'football'],
    ['swimming is not a hope its a step', 'swimming'],
  ])('"%s" says an earlier answer is in the wrong place', (text, named) => {
    expect(readCorrectionTalk(text)).toEqual({ kind: 'wrongPlace', named });
  });

  it('"No! Do not take that out. Take out the bit about me being 61." says what to do instead', () => {
    expect(readCorrectionTalk('No! Do not take that out. Take out the bit about me being 61.')).toEqual({ kind: 'instead', instruction: 'Take out the bit about me being 61.' });
  });

  it.each(['i hope to see my dreams come true', 'football is not help, it is fun', 'reading is not hard it is what he loves', 'the weighing thing isnt wat helps its another hard thing', 'no'])(
    'leave alone: "%s"',
    (text) => {
      expect(readCorrectionTalk(text)).toBeNull();
    },
  );
});
