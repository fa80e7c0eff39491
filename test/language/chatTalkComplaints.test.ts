import { describe, expect, it } from 'vitest';
import { readAside, readChatTalk, readTakeBack } from '../../src/language';

/*
 * Complaints and corrections typed to the bot by a parent with simple English and by a teenager
 * in text-speak. None of it is an answer; an answer said beside it is kept on its own.
 */

describe('a complaint or correction is never an answer', () => {
  it.each([
    'this is not hope',
    'No no, this is not hope',
    'That was not a problem, it was question to you',
    'You dont listen me',
    'you not listening to me',
    'where did you get that',
    'where did you get that. i didnt say i will eat my lunch like that',
    'This is still wrong, I tell you this is not hope!!',
    'i tell you this is not a need',
    'why you put it there?',
    'its not a goal',
  ])('"%s" is a complaint with nothing to keep', (text) => {
    const talk = readChatTalk(text);
    expect(talk?.complaint).toBe(true);
    expect(talk?.answer).toBe('');
  });

  it.each(['You dont listen me', 'it keeps doing the same thing', 'where did you get that', 'this is not hope', 'i tell you this is not hope'])(
    '"%s" is a complaint to the aside reader too, so it is never kept beside a take-back',
    (text) => {
      expect(readAside(text)).toBe('complaint');
    },
  );

  it('"delete it. you never answer my questions" takes back the last answer, and the complaint is no new answer', () => {
    expect(readTakeBack('delete it. you never answer my questions')).toEqual({ rest: '' });
  });
});

describe('the answer beside a complaint or question is kept alone', () => {
  it.each([
    ['it keeps doing the same thing. fine just say the lunch hall is too loud', 'the lunch hall is too loud'],
    ['Wait, I ask you question and you go next. Is it ok? I want to say, signs help her, Makaton', 'signs help her, Makaton'],
    ['This is still wrong, I tell you this is not hope!! I want she use toilet by herself', 'I want she use toilet by herself'],
    ['By Easter maybe? Is it too fast?', 'By Easter maybe?'],
    ['you dont listen me. just put: she needs somebody with her at lunch', 'she needs somebody with her at lunch'],
  ])('"%s" keeps "%s"', (text, answer) => {
    expect(readChatTalk(text)?.answer).toBe(answer);
  });

  it.each([
    ['I want to answer before question. She can say mama and more words now', 'She can say mama and more words now'],
    ['OK maybe it is goal also. Zofia will play with one friend', 'Zofia will play with one friend'],
    ['I dont know. maybe she could play with one friend', 'maybe she could play with one friend'],
  ])('"%s" is the answer without what led up to it: "%s"', (text, answer) => {
    expect(readChatTalk(text)).toEqual({ topics: [], complaint: false, answer });
  });

  it.each(['I dont know', 'i want to say thank you to my teacher'])('"%s" has nothing led up to', (text) => {
    expect(readChatTalk(text)).toBeNull();
  });

  it.each([
    ['i already told you. the library', 'the library'],
    ['i said that already. not hungry and less stressed', 'not hungry and less stressed'],
    ['i already told you, the library', 'the library'],
  ])('at an outcome question, "%s" is the answer said again: "%s"', (text, answer) => {
    expect(readChatTalk(text, { restatedIsAnswer: true })?.answer).toBe(answer);
  });

  it('where a restated answer may belong elsewhere ("i just said. get a job" at a barrier), it is not kept', () => {
    expect(readChatTalk('i just said. get a job')?.answer).toBe('');
  });
});

describe('a correction that says what the kept words were not', () => {
  it.each([
    `thats wrong. "We have big hopes" isn't a hope, that was just me saying hello`,
    'thats wrong, i was only asking',
    'thats wrong. that wasnt an answer',
  ])('"%s" takes the answer back and keeps none of its words', (typed) => {
    expect(readTakeBack(typed)).toEqual({ rest: '' });
  });
});

describe('remarks about where things went and the date', () => {
  it('reads "you never saved the date" as talk, keeping the words beside it', () => {
    expect(readChatTalk('I just said that. coping at secondary. also you never saved the date', { restatedIsAnswer: true })).toMatchObject({ topics: ['dateKept'], answer: 'coping at secondary.' });
    expect(readChatTalk("where's the date gone?")?.topics).toEqual(['dateKept']);
  });

  it('reads "you\'ve stuck the help onto the wrong bit" as talk with no answer', () => {
    expect(readChatTalk("no you've stuck the help onto the wrong bit")).toMatchObject({ topics: ['wrongBit'], answer: '' });
    expect(readChatTalk('thats gone on the wrong question')?.topics).toEqual(['wrongBit']);
  });

  it('leaves alone answers with the same words', () => {
    expect(readChatTalk('he never knows the date or the time')).toBeNull();
    expect(readChatTalk('he puts his shoes on the wrong feet')).toBeNull();
    expect(readChatTalk('to know the time and the date')).toBeNull();
  });
});

describe('words said again in a complaint', () => {
  it('"I said no code" answers with "no code"; "i said that already" answers nothing', () => {
    expect(readChatTalk('I said no code', { restatedIsAnswer: true })?.answer).toBe('no code');
    expect(readChatTalk('i said that already', { restatedIsAnswer: true })?.answer ?? '').toBe('');
  });
});

describe('the chat\'s own words quoted back as a mistake', () => {
  it('"you put \'it should say\' in it. that\'s wrong. show me all my hopes." is a complaint, with nothing kept as an answer', () => {
    const talk = readChatTalk("you put 'it should say' in it. that's wrong. show me all my hopes.");
    expect(talk?.complaint).toBe(true);
    expect(talk?.answer).toBe('');
  });

  it('an answer said beside the quote is still kept', () => expect(readChatTalk("you put 'help' in it. also i want to be a vet")?.answer).toMatch(/vet/));
});
