import { describe, expect, it } from 'vitest';
import { readChatTalk } from '../../src/language/chatTalk';
import { readDeleteHowAsked } from '../../src/language/deleteHowAsked';
import { complaintSentence } from '../../src/language/aside';

describe('dictated complaints with "how do i delete things"', () => {
  it.each([
    ['oh my god your doing it again that was not a hope i asked you to delete stuff. how do i delete things', 'hope'],
    ['your doing it again i asked you to delete stuff how do i delete things', null],
  ])('%j asks how to delete, after a complaint', (typed, kind) => {
    expect(readDeleteHowAsked(typed)).toEqual({ kind });
  });

  it.each(['how do i delete things', 'i get lost how do i get to town', 'i want to live in my own flat and i want a job', 'getting the bus is hard how do i delete things'])(
    '%j is no such complaint',
    (typed) => expect(readDeleteHowAsked(typed)).toBeNull(),
  );

  it('complaints dictated one after another make one complaint; an answer beside one does not', () => {
    expect(complaintSentence('oh my god your doing it again that was not a hope i asked you to delete stuff')).toBe(true);
    expect(complaintSentence('its hard getting the bus that was not a hope')).toBe(false);
    expect(complaintSentence('i want to be a chef and i want to live in a flat')).toBe(false);
  });
});

describe('a grumble, then "whats hard is ..."', () => {
  it('the words after "whats hard is" are the answer', () => {
    expect(readChatTalk('thats not what i wrote as a hope but fine if that means the IT job then whats hard is getting to work on the bus with the ramp')).toEqual({
      topics: [],
      complaint: true,
      answer: 'getting to work on the bus with the ramp',
    });
  });
  it('with no talk before it, the message is an answer, read whole', () => {
    expect(readChatTalk('i love football whats hard is the running')).toBeNull();
  });
});
