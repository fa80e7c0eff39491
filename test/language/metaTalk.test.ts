import { describe, expect, it } from 'vitest';
import { answerBesideAside, asksToRemove, outcomeSentence, pointsAtHope, readAside, readTakeBack, saysNothingHelps, tidyMeasure, withoutChatter } from '../../src/language';
import { readConfirm } from '../../src/language/closedAnswers';
import { readBackReply } from '../../src/language/readBackReply';
import { readWho } from '../../src/language/whoAnswer';

describe('talk about the chat is read as talk, in many wordings', () => {
  it.each(['why do you need to know that', 'y do u wanna know lol', 'whats that got to do with anything', 'why are you asking me that', 'how come u need to know', 'what even is this for'])(
    '"%s" asks why the bot asks',
    (text) => expect(readAside(text)).toBe('why'),
  );

  it.each(['did you not just ask me that already', 'havent u asked that', 'same question again', 'this is so annoying', 'ugh this is taking ages', 'i already did', 'bruh'])(
    '"%s" is a complaint',
    (text) => expect(readAside(text)).toBe('complaint'),
  );

  it.each(['school is boring', 'its boring', 'i get annoyed when its loud', 'i want to know how engines work', 'why i want it is money'])('"%s" is an answer', (text) => {
    expect(readAside(text)).toBeNull();
  });

  it('a bare yes or no beside the talk is the answer; words of an answer are not', () => {
    expect(answerBesideAside('this is so boring. nope')).toBe('nope');
    expect(answerBesideAside('wot is a measure?? dunno yeah')).toBe('yeah');
    expect(answerBesideAside('ugh this is taking ages. i want a job')).toBeNull();
    expect(answerBesideAside('i want a job')).toBeNull();
  });
});

describe('taking back what was just kept', () => {
  it.each(['wait i didnt mean that as a need lol', 'remove that pls', 'its wrong, get rid of it', 'nah not that one', 'oops undo that', 'scrap that', 'i misread the question', 'thats not a hope?? its a question. remove it', 'delete it. its part of pastry chef', 'remove that, cos i said it already', 'scrap that. its the same as the bus one'])(
    '"%s" takes the last answer back',
    (text) => expect(readTakeBack(text)).toEqual({ rest: '' }),
  );

  it('a correction brings the right answer with it, without the lead-in', () => {
    expect(readTakeBack('oops i got that wrong haha. for the job its my reading, and i get nervous')?.rest).toBe('for the job its my reading, and i get nervous');
    expect(readTakeBack('sorry i answered the wrong question. the bus is too busy')?.rest).toBe('the bus is too busy');
  });

  it.each(['i want to delete my old games', 'not that bothered tbh', 'i read books', 'i got the bus wrong once', 'take the dog out every day'])('"%s" is an answer, not a take-back', (text) => {
    expect(readTakeBack(text)).toBeNull();
  });

  it('at the review, "nothing. delete it" asks to remove the chosen item; a real answer beside it does not', () => {
    expect(asksToRemove('nope. remove it')).toBe('');
    expect(asksToRemove('its wrong, take it out')).toBe('');
    expect(asksToRemove('i like it. delete my data')).toBeNull();
    expect(asksToRemove('i go swimming. remove that')).toBeNull();
  });
});

describe('an outcome is built from the answer, never its lead-in', () => {
  it.each([
    ['right, another one. getting a weekend job', 'I will get a weekend job.'],
    ['yeah i just did. i want to cook tea on my own', 'I will cook tea on my own.'],
    ['ugh fine. go to football training every week', 'I will go to football training every week.'],
    ['nah thats wrong. i will swim two lengths', 'I will swim two lengths.'],
  ])('"%s" reads "%s"', (said, sentence) => {
    expect(outcomeSentence({ step: said, timeframe: null })).toBe(sentence);
  });

  it('a whole sentence is kept whole, its end as well', () => {
    const said = "i will put my hand up and ask for help when i'm stuck instead of shouting out";
    expect(outcomeSentence({ step: said, timeframe: null })).toBe("I will put my hand up and ask for help when I'm stuck instead of shouting out.");
    expect(withoutChatter('maybe lol. i will walk the dog')).toBe('maybe. i will walk the dog');
  });

  it('at the read-back, a typed "i will ..." is the new wording, also after a lead-in', () => {
    const said = 'i will put my hand up and ask for help instead of shouting out';
    expect(readConfirm(said)).toEqual({ answer: 'change', content: said });
    expect(readConfirm("nah that's wrong. i will get a grade 5 in science")).toEqual({ answer: 'change', content: 'i will get a grade 5 in science' });
    expect(readConfirm('i already did. i will walk the dog every day by summer')).toEqual({ answer: 'change', content: 'i will walk the dog every day by summer' });
    expect(readConfirm('yep thats right')).toEqual({ answer: 'yes' });
  });

  it('new words of two sentences are kept from the first sentence on; a lead-in that is not theirs is left out', () => {
    const said = 'He will play football in a team. He will know the rules by July.';
    expect(readConfirm(said)).toEqual({ answer: 'change', content: said });
    expect(readConfirm('no thats wrong. He will play football in a team. Every Saturday with his dad.')).toEqual({ answer: 'change', content: 'He will play football in a team. Every Saturday with his dad.' });
    expect(readBackReply('Not quite. I want: Zofia will say 50 words. She will use them at home.', 'Zofia')).toEqual({ kind: 'wording', words: 'Zofia will say 50 words. She will use them at home.', parts: [] });
    expect(readBackReply('He will play football in a team. Every Saturday with his dad.', 'Sam')).toEqual({ kind: 'wording', words: 'He will play football in a team. Every Saturday with his dad.', parts: [] });
    // Leave alone: talk after the words is not part of them, and a yes still agrees.
    expect(readBackReply('He will play football in a team. Is that ok?', 'Sam')).toEqual({ kind: 'wording', words: 'He will play football in a team.', parts: [] });
    expect(readConfirm('No. He will not be going there, so that is not right.')).toEqual({ answer: 'change' });
  });

  it('"what about the cooking one? can we do that one" points at a hope', () => {
    expect(pointsAtHope('what about the cooking one? can we do that one')).toBe(true);
    expect(pointsAtHope('what about the football one, is that ok')).toBe(true);
    expect(pointsAtHope('i want to cook pasta on my own')).toBe(false);
  });

  it('a measure keeps its words without chatter or doubled marks', () => {
    expect(tidyMeasure("i'd be going to college?? haha")).toBe("i'd be going to college");
    expect(tidyMeasure('my mum will see!!')).toBe('my mum will see');
  });
});

describe('who is chatting', () => {
  it.each(['me. my dad made me lol', 'me, my sister is sat next to me', 'its me. mum told me to do it'])('"%s" is the young person', (text) => {
    expect(readWho(text)?.who).toBe('young_person');
  });

  it.each(['my dad is typing for me', 'me, my dad is helping me type', 'me - my carer reads the questions out'])('"%s" is the young person with a helper', (text) => {
    expect(readWho(text)?.who).toBe('young_person_helped');
  });
});

describe('"what already helps?" answered with nothing, or help that never came', () => {
  it.each(['nothing really. they promised me a reader but it never happened', 'none, still waiting for the OT', 'the timer doesnt help tbh', 'nuthin. the teachers just shout', 'nothin rly'])('"%s" says nothing helps yet', (text) => {
    expect(saysNothingHelps(text)).toBe(true);
  });
  it.each(['my headphones help a lot', 'my mum helps me', 'a quiet room, they let me go there'])('"%s" says what helps', (text) => {
    expect(saysNothingHelps(text)).toBe(false);
  });
});
