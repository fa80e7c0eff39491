import { describe, expect, it } from 'vitest';
import { readAllHelpChange } from '../../src/language/allHelp';

describe('all the help for an outcome replaced at once', () => {
  it.each([
    ['change all the help to: a travel buddy, a bus pass and a phone', '', ['a travel buddy', 'a bus pass', 'a phone']],
    ['Change all the help to a travel buddy, a bus pass and a phone.', '', ['a travel buddy', 'a bus pass', 'a phone']],
    ['replace the help with a travel buddy and a bus pass', '', ['a travel buddy', 'a bus pass']],
    ['the help should be: travel buddy, bus pass, phone', '', ['travel buddy', 'bus pass', 'phone']],
    ['change the help for the bus outcome to a travel buddy and a bus pass', 'bus', ['a travel buddy', 'a bus pass']],
    ['can you change all the support for my cooking goal to cooking lessons', 'cooking', ['cooking lessons']],
    ['all the help for the bus one should be a travel buddy; a phone', 'bus', ['a travel buddy', 'a phone']],
  ])('"%s"', (typed, outcome, help) => {
    expect(readAllHelpChange(typed)).toMatchObject({ outcome, help });
  });

  it.each(['change the help to a tutor', 'change the help for reading to a tutor', 'change my dream to be a vet', 'the help is good', 'help'])('"%s" is not all the help', (typed) => {
    expect(readAllHelpChange(typed)).toBeNull();
  });
});
