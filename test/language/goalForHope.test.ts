import { describe, expect, it } from 'vitest';
import { readGoalFor, readGoalsFor, readMissing, readTwice, saysTwiceOnly } from '../../src/language/goalForHope';

describe('a goal asked for a hope already there, and a hope there twice', () => {
  it.each([
    ['can i do a goal for buster', 'buster'],
    ['no. a goal for the walk buster one', 'walk buster'],
    ['the bus one needs a goal', 'bus'],
    ['make an outcome about my flat', 'flat'],
    // Leon, at the review: the remark before is no part of the request; the first hope named comes first.
    ['wait i thought that meant another one for the IT thing. i want to do outcomes for the money one and the flat one', 'money'],
    ['i want to add outcomes for the flat hope', 'flat'],
    ['can we do one for the money one', 'money'],
    ['can i make a goal for the money one pls', 'money'],
    ['lets do outcomes for money and the flat one', 'money'],
    ['id like to do an outcome for the driving one', 'driving'],
  ])('"%s" asks for a goal for "%s"', (text, hope) => expect(readGoalFor(text)).toBe(hope));

  it('"outcomes for the money one and the flat one" names both, in order', () =>
    expect(readGoalsFor('i want to do outcomes for the money one and the flat one')).toEqual(['money', 'flat']));

  it.each(['make a goal now', 'can you make one for my mum', 'i want to do one for me', 'wait i thought that meant another one for the IT thing', 'i want to add a goal', 'can I add another dream', 'a goal for it', 'i want to walk buster'])('"%s" names no hope to make a goal for', (text) => expect(readGoalFor(text)).toBeNull());

  it.each([
    ['walk buster is on there twice', 'walk buster'],
    ['theres two walk buster ones', 'walk buster'],
  ])('"%s" says "%s" is there twice', (text, hope) => expect(readTwice(text)).toBe(hope));

  it.each(['I go twice a week', 'walk buster twice a day', 'two of my mates'])('"%s" says nothing is there twice', (text) => expect(readTwice(text)).toBeNull());

  it.each(['job is 2 times. remove one', 'walk buster is on there twice', 'the job one is in twice, can you delete one of them'])('"%s" is one request: something there twice, one to go', (text) => expect(saysTwiceOnly(text)).toBe(true));

  it.each(['job is 2 times. and change 8 to i will cook', 'I go twice a week', 'walk buster is on there twice. add a hope: swim'])('"%s" asks more than about a copy', (text) => expect(saysTwiceOnly(text)).toBe(false));
});

describe('a part of the plan said to be missing', () => {
  it('names what they mean, however they ask', () => {
    expect(readMissing('you missed the friend one')).toBe('friend');
    expect(readMissing("where's the one about friends")).toBe('friends');
    expect(readMissing('where did my swimming goal go')).toBe('swimming');
    expect(readMissing('the bus one is missing')).toBe('bus');
  });

  it('is not read in everyday words that point at no part of the plan', () => {
    expect(readMissing("i can't see my friends")).toBeNull();
    expect(readMissing('where is my mum')).toBeNull();
    expect(readMissing('u missed one')).toBeNull();
  });
});
