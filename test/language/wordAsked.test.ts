import { describe, expect, it } from 'vitest';
import { wordAskedAbout } from '../../src/language/wordAsked';

describe('a question about a word the bot uses', () => {
  it.each([
    ['What is an outcome exactly?', 'outcome'],
    ['wat r outcomes', 'outcome'],
    ['whats an aspiration lol', 'hope'],
    ['what does "measure" mean', 'measure'],
    ['what mean measure', 'measure'],
    ['not sure what provision means', 'provision'],
    ['needs?', 'need'],
    ['is that the same as a goal?', 'outcome'],
    ['whats a measure btw the lady at school keeps saying it', 'measure'],
    ['what is a target my teacher always says it', 'target'],
  ])('"%s" asks about %s', (typed, term) => {
    expect(wordAskedAbout(typed)).toBe(term);
  });

  it.each(['outcome', 'what does he need', 'he needs help with reading', 'what are your hopes', 'i hope so', 'by the end of year 5, isnt that the same as goal 2?', 'thats the same as outcome number 3', 'my mum keeps saying it', 'my teacher keeps saying i measure up'])('"%s" asks about no word', (typed) => {
    expect(wordAskedAbout(typed)).toBeUndefined();
  });
});
