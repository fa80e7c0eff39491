import { describe, expect, it } from 'vitest';
import { readChatTalk } from '../../src/language/chatTalk';
import { readTakeBack } from '../../src/language/takeBack';
import { sentenceToTakeOff, withSentenceTakenOff } from '../../src/language/sentenceTakenOff';
import { sentenceText } from '../../src/export/plainText';
import { mentionedIsHard } from '../../src/language/mentionedBeside';

describe('questions about their own words', () => {
  it.each(['Have I asked something I should not have?', 'did i say something wrong?', 'have i said anything i shouldnt have', 'should i not have said that?', 'was that wrong of me to say?'])('%j is a worry about what they said', (typed) => {
    expect(readChatTalk(typed)?.topics).toEqual(['askedWrong']);
  });
  it.each(['i asked you a question', 'you didnt answer my question'])('%j is still a question not answered', (typed) => {
    expect(readChatTalk(typed)?.topics).toEqual(['notAnswered']);
  });
  it('"He is in Year 2" beside it is not kept', () => {
    expect(readChatTalk('He is in Year 2. Have I asked something I should not have?')?.answer).toBe('');
  });
});

describe('who the question means', () => {
  it('"And any adult, not just Mrs Patel and me?" asks who is meant', () => {
    expect(readChatTalk('And any adult, not just Mrs Patel and me?')?.topics).toEqual(['whichPeople']);
  });
  it.each(['any adult not just mum sits with him', 'anyone who is calm, not just me'])('%j is an answer', (typed) => {
    expect(readChatTalk(typed)?.topics ?? []).not.toContain('whichPeople');
  });
});

describe('can i mention ...', () => {
  it.each(['can i mention his eating? he only eats pasta', 'should I mention her sleep'])('%j asks whether it belongs in the plan', (typed) => {
    expect(readChatTalk(typed)?.topics).toEqual(['shouldMention']);
  });
});

describe('what is said beside "can i mention ...?"', () => {
  it.each(['he only eats pasta', 'she wakes up every night'])('%j is a hard thing', (typed) => expect(mentionedIsHard(typed)).toBe(true));
  it.each(['he wants to play for a team', 'she loves horses', "he'd like to swim"])('%j is a hope', (typed) => expect(mentionedIsHard(typed)).toBe(false));
});

describe('talking to the bot, not writing it down', () => {
  it.each(['delete that. i was talking to YOU not writing it down', 'delete that, i wasnt writing it down', 'take that back. i was just talking to you'])('%j takes back with no new answer', (typed) => {
    expect(readTakeBack(typed)).toEqual({ rest: '' });
  });
  it('"delete that. she wants to be a nurse" brings the new answer', () => {
    expect(readTakeBack('delete that. she wants to be a nurse')?.rest).toBe('she wants to be a nurse');
  });
});

describe('a sentence taken off what was kept', () => {
  const kept = 'she finds it hard to share. she gets into trouble at playtime';
  it('"take off the last bit about trouble"', () => {
    const asked = sentenceToTakeOff('take off the last bit about trouble')!;
    expect(asked).toEqual({ about: 'trouble', which: 'last' });
    expect(withSentenceTakenOff(kept, asked)).toBe('she finds it hard to share');
    expect(withSentenceTakenOff(`${kept}.`, asked)).toBe('she finds it hard to share.');
  });
  it('a sentence typed on a line of its own is a sentence too, as everywhere else', () => {
    expect(withSentenceTakenOff('she finds it hard to share\nshe gets into trouble at playtime', { about: 'trouble' })).toBe('she finds it hard to share');
  });
  it('one sentence only, or none about it: nothing is taken off', () => {
    expect(withSentenceTakenOff('she gets into trouble at playtime', { about: 'trouble' })).toBeUndefined();
    expect(withSentenceTakenOff(kept, { about: 'swimming' })).toBeUndefined();
  });
  it('two sentences about it and no "last": not guessed', () => {
    expect(withSentenceTakenOff('she gets in trouble at lunch. she shares well. trouble at home too', { about: 'trouble' })).toBeUndefined();
  });
  it.each(['take off the last bit', 'she gets in trouble', 'take out the trouble bit'])('%j names no sentence about something', (typed) => {
    expect(sentenceToTakeOff(typed)).toBeNull();
  });
});

describe('a line of the plan starts with a capital', () => {
  it.each([['she gets tired', 'She gets tired'], ['i get tired', 'I get tired'], ['a quiet room at college', 'a quiet room at college'], ['to be a vet', 'to be a vet'], ['iPad at home', 'iPad at home'], ['Maisie reads', 'Maisie reads'], ['', '']])('%j', (typed, shown) => {
    expect(sentenceText(typed)).toBe(shown);
  });
});
