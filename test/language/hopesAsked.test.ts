import { describe, expect, it } from 'vitest';
import { readHopesAsked, answerBesideHopeKept, hopesAskedKept } from '../../src/language/hopesAsked';

describe('commands about the hopes kept', () => {
  it.each([
    ['what hopes have you kept. list them', 'list'],
    ['show me my hopes', 'list'],
    ['delete both of those hopes. they are wrong', 'whichOut'],
    ['delete all of my hopes. none of them are real', 'whichOut'],
    ['4 of my hopes are wrong', 'whichOut'],
    ['they are things i typed to you not hopes', 'whichOut'],
  ] as const)('"%s" is %s', (typed, kind) => expect(readHopesAsked(typed)).toBe(kind));

  it.each(['I want to stop smoking', 'i want to travel on the train', 'some of my friends are not real friends', 'delete it', 'take it out'])(
    '"%s" is left alone',
    (typed) => expect(readHopesAsked(typed)).toBeNull(),
  );
});

describe('where hopes went, and a question about one hope beside an answer', () => {
  it('"wheres the bus one and the cooking one gone?" names two hopes', () => {
    expect(hopesAskedKept('wheres the bus one and the cooking one gone?')).toEqual(['bus', 'cooking']);
    expect(hopesAskedKept('where has my college hope gone')).toEqual(['college']);
  });
  it.each(['where is the bus stop', 'where did the one i said go', 'wheres my mum gone', 'where has the time gone', 'where the bus goes', 'the bus one and the cooking one'])('%j asks about no hope', (text) => {
    expect(hopesAskedKept(text)).toEqual([]);
  });
  it('the answer beside "did you keep my hope about ..., yes or no?" is read on its own', () => {
    expect(answerBesideHopeKept('My question is: did you keep my hope about secondary school, yes or no? And for this hope no, nothing else.')).toBe('no, nothing else.');
    expect(hopesAskedKept('My question is: did you keep my hope about secondary school, yes or no? And for this hope no, nothing else.')).toEqual(['secondary school']);
  });
  it.each(['did you keep the secondary school hope?', 'I get lost. I need a map.', 'my question is about school. i get lost', 'yes or no. i get lost', 'for this hope no, nothing else'])('%j has no answer beside such a question', (text) => {
    expect(answerBesideHopeKept(text)).toBe('');
  });
});

describe('dictated questions about the hopes kept, with no stops', () => {
  it('"did you get the job one as well ..." asks about the job hope; the rest only says which', () => {
    expect(hopesAskedKept('did you get the job one as well the IT support job thats like my main one thats a separate thing from the flat')).toEqual(['job']);
    expect(hopesAskedKept('did you get the bus one too')).toEqual(['bus']);
  });
  it('a new hope after the question is not cut off as part of it', () => {
    expect(hopesAskedKept('did you get the bus one too i also want to learn to cook')).toEqual([]);
  });
  it('"ok so what hopes have you got for me so far" asks for the list', () => {
    expect(readHopesAsked('ok so what hopes have you got for me so far')).toBe('list');
    expect(readHopesAsked('ok so i want to be a chef')).toBeNull();
  });
});
