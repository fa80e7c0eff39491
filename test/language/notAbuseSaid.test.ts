import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language';
import { readChatTalk } from '../../src/language/chatTalk';

/*
 * Carmen, mum of Luca (5), after the help lines: "i havent taken anything back either, im just saying its not abuse".
 * Saying it is not abuse tells of no harm; harm told beside those words is heard as ever.
 */

describe('"its not abuse", said as a clause of its own', () => {
  it.each([
    'what adult?? you said no one reads this. i havent taken anything back either, im just saying its not abuse. anyway. it would make it possible for him to stay in class...',
    'im just saying its not abuse',
    "I'm not saying it's abuse",
    'its not abuse at all',
  ])('%j is no disclosure', (typed) => {
    const read = detectConcern(typed);
    expect(read.concern && read.sure).not.toBe(true);
    expect(read.category === 'harm_from_others' || read.category === 'domestic_abuse').toBe(false);
  });

  it.each([
    'he hits him but its not abuse',
    'he hits him, but its not abuse',
    'its not abuse, his dad hits him',
    'its not abuse when he touches me',
    'im not saying its abuse but his dad hits him',
    'its not abuse. my uncle touches me',
    'im just saying its not abuse, he only hits him with a belt',
    "it's not abuse, its sexual abuse",
  ])('near-miss: %j is still heard', (typed) => {
    expect(detectConcern(typed)).toMatchObject({ concern: true, sure: true });
  });
});

describe('talk about the note beside the answer', () => {
  it('"what adult??" and "you said no one reads this" ask who reads it; the remark is not the answer', () => {
    const talk = readChatTalk(
      'what adult?? you said no one reads this. i havent taken anything back either, im just saying its not abuse. anyway. it would make it possible for him to stay in class with his friends',
    );
    expect(talk?.topics).toEqual(['whoSees']);
    expect(talk?.answer).toBe('it would make it possible for him to stay in class with his friends');
  });

  it('near-miss: "what adult hurt him?" is no question about the note', () => {
    expect(readChatTalk('what adult hurt him?')?.topics ?? []).not.toContain('whoSees');
  });
});
