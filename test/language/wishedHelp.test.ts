import { describe, expect, it } from 'vitest';
import { readsAsWishedHelp, wishedHelpWords } from '../../src/language/wishedHelp';

/* At "what already helps?": help wished for, not had, in its everyday wordings. */

describe('help wished for', () => {
  it.each([
    ['an app that tells me when to get off maybe', 'It would help to have an app that tells me when to get off'],
    ['maybe a reader pen', 'It would help to have a reader pen'],
    ['more time in tests probably', 'It would help to have more time in tests'],
    ['someone to sit with me i guess', 'It would help to have someone to sit with me'],
    ['it would help if i had a reader pen', 'it would help if i had a reader pen'],
    ['a TA would be good', 'a TA would be good'],
    ['if someone sat with me', 'It would help if someone sat with me'],
    ['maybe if my friend amy came with me', 'It would help if my friend amy came with me'],
    ['if the teacher gave me the sheet first', 'It would help if the teacher gave me the sheet first'],
    ['probably if my nan walked with me', 'It would help if my nan walked with me'],
    ['i wish i had more time', 'i wish i had more time'],
    ['id like a quiet room', 'id like a quiet room'],
    ['i need someone to show me', 'i need someone to show me'],
    ['he would like a visual timetable', 'he would like a visual timetable'],
    ['someone to go through it with me every week, like a support worker', 'It would help to have someone to go through it with me every week, like a support worker'],
    ['somebody who could explain the forms', 'somebody who could explain the forms'],
  ])('"%s" is a wish, kept as "%s"', (said, kept) => {
    expect(readsAsWishedHelp(said)).toBe(true);
    expect(wishedHelpWords(said)).toBe(kept);
  });

  it.each([
    'my mum comes with me',
    'my TA',
    'headphones',
    'a map on my phone',
    'a calm adult nearby',
    'my mate helps me',
    'i need my mum with me',
    'when someone explains it twice',
    'nothing. they said id get a laptop but i never got one',
    'signing',
    'having my mum there helps',
    'getting the bus with my mum works',
    'i get more help from my mum',
    'someone helps me with it',
    'my support worker goes through it with me every week',
    'if my friend comes with me it is easier',
  ])('"%s" is help they have', (said) => {
    expect(readsAsWishedHelp(said)).toBe(false);
  });

  it.each(['having a list of orders in front of me on a screen or paper and someone showing me a quicker way to do things. and more practice', 'more practice', 'getting shown the quick way first'])('"%s" is help they would like, not help they have', (said) => {
    expect(readsAsWishedHelp(said)).toBe(true);
  });
});
