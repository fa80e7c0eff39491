import { describe, expect, it } from 'vitest';
import { answerBesideQuestion, readAside } from '../../src/language/aside';
import { readConfirm } from '../../src/language/closedAnswers';
import { hopeMovedTo } from '../../src/language/hopeMove';
import { isOwnApology, isSmallTalk } from '../../src/language/smallTalk';
import { needsTidying, tidyTextSpeak } from '../../src/language/textSpeak';
import { onlySaysUnsure } from '../../src/language/unsure';

describe('a yes with a request about the words is a yes', () => {
  it.each([
    ['yes but use my words', 'ownWords'],
    ['yeah but keep it how i said it', 'ownWords'],
    ['yes. and put normal words back on', 'standard'],
    ['yes put it in easy read', 'easyRead'],
  ] as const)('"%s"', (typed, wording) => {
    expect(readConfirm(typed)).toEqual({ answer: 'yes', wording });
  });

  it('new words after a yes are still new words', () => {
    expect(readConfirm('yes but change it to I will get the bus')).toEqual({ answer: 'change', content: 'I will get the bus' });
  });
});

describe('text-speak read back tidied', () => {
  it.each([
    ['cant do maths wiv out help', "Can't do maths without help"],
    ['im ok if u show me', "I'm ok if you show me"],
    ['i dont like it when ppl shout coz its loud', "I don't like it when people shout because its loud"],
    ['i wil go to the gym wiv a frend evry week by crismas', 'I will go to the gym with a friend every week by Christmas'],
    ['learn to budget n pay bills myself', 'Learn to budget and pay bills myself'],
    // Common misspellings of everyday words, as Dev typed them.
    ['go colij cooking', 'Go college cooking'],
    ['job in kichen', 'Job in kitchen'],
    ['watch footbal wiv priya', 'Watch football with priya'],
    ['practis wiv real money', 'Practise with real money'],
    ['i go to skul in the colledge bus', 'I go to school in the college bus'],
    ['nuthin yet, its rong', 'Nothing yet, its wrong'],
  ])('"%s" reads "%s"', (typed, tidied) => {
    expect(tidyTextSpeak(typed)).toBe(tidied);
    expect(needsTidying(typed)).toBe(true);
  });

  it('words already spelled out, or only missing a capital, need no tidying; "ill" and "ur" are left alone', () => {
    expect(needsTidying('my teacher sees me do it')).toBe(false);
    expect(tidyTextSpeak('i feel ill when ur late')).toBe('I feel ill when ur late');
    // Real words that look like misspellings stay: "collage" is a picture, "exited" is a word.
    expect(tidyTextSpeak('make a collage')).toBe('Make a collage');
    expect(tidyTextSpeak('we exited the bus')).toBe('We exited the bus');
  });
});

describe('talk that is not an answer', () => {
  it.each(['maybe', 'idk maybe', 'not sure', 'maybe?', 'i guess maybe', 'dunno really'])('"%s" only says unsure', (typed) => {
    expect(onlySaysUnsure(typed)).toBe(true);
  });
  it.each(['maybe a chart', 'a TA maybe', 'hmm'])('"%s" is more than unsure', (typed) => {
    expect(onlySaysUnsure(typed)).toBe(false);
  });

  it.each(["That's lovely to hear", 'thanks', 'ok cool', 'haha nice', 'Thank you!', 'hi', 'sounds good'])('"%s" is a friendly remark', (typed) => {
    expect(isSmallTalk(typed)).toBe(true);
  });
  it.each(["I'm kind", 'good at football', 'my mum says thanks a lot', 'nice to people', 'funny', 'yes', 'ok'])('"%s" is not a remark', (typed) => {
    expect(isSmallTalk(typed)).toBe(false);
  });

  it('a question about the step beside an answer leaves the answer', () => {
    expect(answerBesideQuestion("is that the measure thing? we'd write down every time she does it")).toBe("we'd write down every time she does it");
    expect(answerBesideQuestion('wait is this the how will we know bit? her teacher will see it on the chart')).toBe('her teacher will see it on the chart');
    expect(readAside('is that the measure thing?')).toBe('question');
    expect(answerBesideQuestion('i want to get the bus. is that ok?')).toBeNull();
  });
});

describe('an outcome said to be for another hope', () => {
  it.each([
    ["it's for my other hope about living near my nan", 'living near my nan'],
    ['this goes with the driving one', 'driving'],
    ["wrong hope, it's for being a chef", 'being a chef'],
    ["no wait, it's for my other hope about his nan", 'his nan'],
    ['put it under my cooking hope', 'cooking'],
  ])('"%s" names "%s"', (typed, named) => {
    expect(hopeMovedTo(typed)).toBe(named);
  });
  it.each(["it's for my mum", "it's for me to be more confident", 'yes'])('"%s" names no hope', (typed) => {
    expect(hopeMovedTo(typed)).toBeUndefined();
  });
});

describe('saying sorry for one\'s own talk', () => {
  it.each(['sorry for all my moaning', 'soz for going on', 'sorry im rambling', 'sorry about the rant', 'im so sorry for moaning'])('"%s" is only an apology', (typed) => {
    expect(isOwnApology(typed)).toBe(true);
  });
  it.each(['sorry, he wants to be a vet', 'sorry for all my moaning, he wants to make friends', 'he is always moaning', 'sorry'])('"%s" is not only an apology', (typed) => {
    expect(isOwnApology(typed)).toBe(false);
  });
});
