import { describe, expect, it } from 'vitest';
import { asksWhatWasKept, readChatTalk, readEditRequest, recogniseCommand, unsureWithAFeeling } from '../../src/language';
import { readPieces } from '../../src/language/chatPieces';

/*
 * Questions and talk about the chat typed to the bot by a parent with simple English and by a
 * teenager in text-speak. None of it is an answer; what the bot is asked about is named so it can
 * be answered, and an answer said beside it is kept on its own. Complaints and corrections are in
 * chatTalkComplaints.test.ts.
 */

describe('a question to the bot, in any grammar, names what it is about', () => {
  it.each([
    ['yes ok. but what is key worker? we have teacher only', 'keyWorker'],
    ['You not answer me what is key worker?', 'keyWorker'],
    ['who is my key worker', 'keyWorker'],
    ['No I dont have code. Nobody give me code. Is it problem?', 'code'],
    ['what code? i never got one', 'code'],
    ['who see this plan?', 'whoSees'],
    ['who gets it now', 'whoSees'],
    ['I must send it to SENCO myself?', 'whoSees'],
    ['will the school see this', 'whoSees'],
    ['where does it go after', 'whoSees'],
    ['What happen next', 'whatNext'],
    ['so what happens now lol', 'whatNext'],
    ['what do i do with it now', 'whatNext'],
    ['does the school actually have to do it', 'mustTheyDoIt'],
    ['is this plan legally binding?', 'mustTheyDoIt'],
    ['do they have to follow it', 'mustTheyDoIt'],
    ['will the council have to provide it', 'mustTheyDoIt'],
    ['will the school really do it', 'mustTheyDoIt'],
    ['can the school just ignore it?', 'mustTheyDoIt'],
    ['does the school have to', 'mustTheyDoIt'],
    ['hang on which one are we on now', 'whichOutcome'],
    ['which outcome is this', 'whichOutcome'],
    ['what outcome is this for', 'whichOutcome'],
    ['what is this for', 'whichOutcome'],
    ['How I can delete a hope? Is there button or something?', 'howToRemove'],
    ['how do u get rid of one', 'howToRemove'],
    ['how i change it', 'howToChange'],
    ['how do i add another hope', 'howToAdd'],
    ['i want to add a new hope. feel safe at the bus stop', 'howToAdd'],
    ['can i add another dream please', 'howToAdd'],
    ['I want to add new hope... How I do it?', 'howToAdd'],
    ['Sorry I dont understand well this question. You mean how teacher help her? or at home?', 'meaning'],
    ['Sorry what you mean? What it do for her... you mean why it is good?', 'meaning'],
    ['idk what that means', 'meaning'],
    ['wdym', 'meaning'],
    ['y do u wanna know lol', 'why'],
    ['Can I ask something different, can she go to normal school with her brother? I worry about this', 'otherQuestion'],
    ['why do u keep asking that', 'askedAgain'],
    ['it keeps doing the same thing', 'askedAgain'],
    ['you never answer my questions', 'notAnswered'],
    ['Wait, I ask you question and you go next', 'notAnswered'],
  ])('"%s" asks about %s', (text, topic) => {
    expect(readChatTalk(text)?.topics).toContain(topic);
    expect(readChatTalk(text)?.answer ?? '').not.toMatch(/\?/);
  });

  it('two questions in one message are both answered', () => {
    expect(readChatTalk('What happen next, who see this plan?')?.topics).toEqual(['whatNext', 'whoSees']);
    expect(readChatTalk('what happens to this after. will anyone check they do it')).toMatchObject({ topics: ['whatNext', 'otherQuestion'], answer: '' });
    expect(readChatTalk('who sees this. can eat lunch in the hall with friends')?.answer).toBe('can eat lunch in the hall with friends');
  });
});

describe('answers that only sound like talk stay answers', () => {
  it.each([
    'I want to cook my own tea',
    'my key worker is Sam and she is nice',
    'he needs help with reading?',
    'is it ok if he has a quiet room',
    'signs help her, Makaton',
    'i told my mum i want to cook',
    'she keeps asking for her mum at lunch',
    'he never listens to the teacher',
    'the code club at school',
  ])('"%s" is not talk about the chat', (text) => {
    expect(readChatTalk(text)).toBeNull();
  });
});

describe('asking to take out or reword a named part', () => {
  it.each([
    ['remove the first hope please', { action: 'remove', part: { kind: 'hope', place: 1, about: null, current: false } }],
    ['I see the plan and it is wrong. Please delete the hope about Makaton', { action: 'remove', part: { kind: 'hope', place: null, about: 'makaton', current: false } }],
    ['delete the makaton one hope', { action: 'remove', part: { kind: 'hope', place: null, about: 'makaton one', current: false } }],
    ['get rid of the last need', { action: 'remove', part: { kind: 'need', place: -1, about: null, current: false } }],
    ['take away this dream', { action: 'remove', part: { kind: 'hope', place: null, about: null, current: true } }],
    ['change this dream to: Zofia talk more and say more words', { action: 'change', part: { kind: 'hope', place: null, about: null, current: true }, text: 'Zofia talk more and say more words' }],
    ['can u change hope 2 to be a vet', { action: 'change', part: { kind: 'hope', place: 2, about: null, current: false, numbered: true }, text: 'be a vet' }],
  ])('"%s" is read', (text, request) => {
    expect(readEditRequest(text)).toEqual(request);
  });

  it.each(['delete it', 'change schools', 'get rid of my anxiety', 'I want to change my school to a special one', 'How I can delete a hope?', 'stop my worries getting in the way'])(
    '"%s" names no kept part',
    (text) => {
      expect(readEditRequest(text)).toBeNull();
    },
  );
});

describe('chatter that is neither a help nor a barrier', () => {
  it.each(['idk i dont really like school', 'dunno, school is boring', 'idk i hate maths lol'])('"%s" is unsure with a feeling', (text) => {
    expect(unsureWithAFeeling(text)).toBe(true);
  });

  it.each(['idk maybe ear defenders', 'i dont like school', 'not sure i dont like loud noise so ear defenders help'])('"%s" is not only that', (text) => {
    expect(unsureWithAFeeling(text)).toBe(false);
  });

  it.each(['im 13 you cant drive trains till ur 20', 'u have to be 17 to drive lol'])('"%s" is a remark on an age rule', (text) => {
    expect(readChatTalk(text)?.topics).toEqual(['ageRule']);
  });

  it.each(['im too young to drive', 'you cant work at the zoo until your 16 but i can volunteer now', 'i am 13 and i cant read well'])('"%s" is no remark', (text) => {
    expect(readChatTalk(text)?.topics ?? []).not.toContain('ageRule');
  });
});

describe('more questions to the bot, as testers typed them', () => {
  it.each([
    ['what mean measure? I not sure. teacher do reading test?', 'meaning'],
    ['what mean outcome?', 'meaning'],
    ['is toilet card good idea for Yusuf?', 'otherQuestion'],
    ['maybe a toilet card he can show? what you think?', 'otherQuestion'],
    ['will mrs patel see what i said about the girls in my form?', 'whoSees'],
  ])('"%s" asks about %s', (typed, topic) => {
    expect(readChatTalk(typed)?.topics).toContain(topic);
  });
  it.each(['a toilet card he can show', 'it would be a good day', 'she thinks it is a good idea to practise'])('"%s" is an answer', (typed) => {
    expect(readChatTalk(typed)?.topics ?? []).toEqual([]);
  });
});

describe('talk about the chat typed fast in text-speak', () => {
  it.each([
    ['do i hav to answer this one', 'mustAnswer'],
    ['is this one optional', 'mustAnswer'],
    ['did u get that', 'wasKept'],
    ['did the teacher help bit get saved tho', 'wasKept'],
    ['im confused now', 'meaning'],
  ] as const)('"%s" asks about %s and keeps nothing', (typed, topic) => {
    expect(readChatTalk(typed)?.topics).toContain(topic);
    expect(readChatTalk(typed)?.answer).toBe('');
  });

  it('"did the teacher help bit get saved tho" names the teacher help; "did u get that" names nothing', () => {
    expect(asksWhatWasKept('did the teacher help bit get saved tho')).toBe('teacher help');
    expect(asksWhatWasKept('did u get that')).toBe('');
    expect(asksWhatWasKept('i got saved by my mate')).toBeNull();
  });

  it('"wait did u get the flat bit too" names the flat; "did you change it?" asks what was kept', () => {
    expect(asksWhatWasKept('wait did u get the flat bit too')).toBe('flat');
    expect(asksWhatWasKept('did you change it?')).toBe('');
    expect(asksWhatWasKept('did you get the bus to college bit')).toBe('bus to college');
    expect(asksWhatWasKept('did you get the bus to college')).toBeNull();
  });

  it('a complaint that the bot took it wrong keeps nothing; the answer beside it is kept without the lead-in', () => {
    expect(readChatTalk('thats not help i need?? thats wat it does for me. im confused now')).toMatchObject({ complaint: true, answer: '' });
    expect(readChatTalk('um the goal IS a saturday job. so like get a job in a real resturant after')).toMatchObject({ complaint: true, answer: 'get a job in a real resturant after' });
  });

  it.each(['i have to answer the phone at work', 'did my best at school', 'i keep my room tidy'])('"%s" is an answer', (typed) => {
    expect(readChatTalk(typed)).toBeNull();
  });

  it('"can i see the whole thing its cut off" asks to see the plan', () => {
    expect(recogniseCommand('can i see the whole thing its cut off')).toBe('showDraft');
    expect(recogniseCommand('i want to see the whole world')).toBeNull();
  });
});

describe('how the plan reaches the school', () => {
  it.each(['How the school get this plan? I must print it?', 'do i have to print it', 'how does his teacher see it'])('"%s" asks how the plan is shared', (typed) => {
    expect(readChatTalk(typed)?.topics).toEqual(['howShared']);
  });
  it.each(['he can print his name', 'he likes to send letters'])('"%s" is no question about the plan', (typed) => {
    expect(readChatTalk(typed)?.topics ?? []).not.toContain('howShared');
  });
});

describe('a message read by the safeguarding check and then by the talk check in one turn', () => {
  it('is cut into its sentences and clauses once, and neither reader can change what the other gets', () => {
    const said = 'who sees this plan? she likes the library and going swimming with her dad';
    const first = readPieces(said);
    expect(readPieces(said)).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true);
    expect(readChatTalk(said)).toEqual({ topics: ['whoSees'], complaint: false, answer: 'she likes the library and going swimming with her dad' });
  });

  it('still keeps what is said again only where the question takes it', () => {
    expect(readChatTalk('i already told you, the library')).toEqual({ topics: [], complaint: true, answer: '', short: 'the library' });
    expect(readChatTalk('i already told you, the library', { restatedIsAnswer: true })).toEqual({ topics: [], complaint: true, answer: 'the library' });
  });

  it.each(['i just said lol. ella', 'i already said haha. ella', 'i told you lol. ella'])('%j: a laugh is never what was said again', (typed) => {
    expect(readChatTalk(typed, { restatedIsAnswer: true })).toEqual({ topics: [], complaint: true, answer: 'ella' });
  });

  it('leave alone: "i already said ella. lol" still leads with the words said again', () => {
    expect(readChatTalk('i already said ella. lol', { restatedIsAnswer: true })?.answer).toMatch(/^ella\b/);
  });
});

describe('questions about rights and the law', () => {
  it.each(['can the council refuse to do the EHC assessment?', 'what if the council say no to the assessment', 'is he entitled to a TA?'])('"%s" is asked of advice services and never kept', (asked) => {
    expect(readChatTalk(asked)).toMatchObject({ topics: ['rightsQuestion'], answer: '' });
  });

  it.each(['he finds the assessment at school stressful', 'he could go to the council youth club', 'he knows his rights'])('"%s" stays an answer', (said) => {
    expect(readChatTalk(said)?.topics ?? []).not.toContain('rightsQuestion');
  });
});

describe('"did it change the sentence?" asks for the sentence so far', () => {
  it.each([["hang on did it change the sentence? it said it couldn't find my mum."], ['did it change the sentence?'], ['what does the sentence say now']])('%j', (text) => {
    expect(readChatTalk(text)).toEqual({ topics: ['whichOutcome'], complaint: false, answer: '' });
  });

  it.each([['did it change my life'], ['did you change the bus times'], ['has it changed the way i feel'], ['did my teacher change the step'], ['what does the sign say']])('%j asks nothing of the bot', (text) => {
    expect(readChatTalk(text)?.topics ?? []).not.toContain('whichOutcome');
  });
});

describe('"isnt that the same as the college one?" asks how hopes are joined', () => {
  it.each([['isnt that kind of the same as the college one?'], ['is that the same as the bus hope?']])('%j', (text) => {
    expect(readChatTalk(text)?.topics).toEqual(['howToJoin']);
  });
  it.each([['isnt that the same as my dad'], ['is that the same as the college course'], ['isnt it kind of the same as the one at school'], ['its the same as the college one'], ['the same as the bus one']])('%j is not that question', (text) => {
    expect(readChatTalk(text)?.topics ?? []).not.toContain('howToJoin');
  });
});
