import { describe, expect, it } from 'vitest';
import { detailsIn, tidyMeasure } from '../../src/language';

/* A measure is kept without the words that only head it ("we will know by ..."), however they are said. */

describe('the words that only head a measure are not kept in it', () => {
  it.each([
    ['we will know by she can do it on her own', 'she can do it on her own'],
    ["we'll know when she says hello every day", 'she says hello every day'],
    ['you would see that he goes in on his own', 'he goes in on his own'],
    ["everyone will know because i'll have my certificate", "i'll have my certificate"],
    ['how we will know is she does it without me', 'she does it without me'],
    ["they'll see it's done when he has his badge", 'he has his badge'],
    ['you can tell by her smile when she gets there', 'her smile when she gets there'],
    ['no the step is fine, we will know when she does it every day', 'she does it every day'],
  ])('"%s" is kept as "%s"', (typed, kept) => {
    expect(tidyMeasure(typed)).toBe(kept);
  });

  it.each([
    'her teacher will see her saying hello',
    'my mum will know cos she wont have to help',
    'we will know by the end of the year',
    'we will see',
    'she goes in on her own three days a week',
  ])('"%s" is kept whole', (typed) => {
    expect(tidyMeasure(typed)).toBe(typed);
  });

  it('said with the step, the measure is cut from it without its heading', () => {
    const details = detailsIn("she will say hello to her friends with her talker and we'll know when she says hello every day");
    expect(details.measure).toBe('she says hello every day');
    expect(details.rest).toBe('she will say hello to her friends with her talker');
  });
});

describe('a measure ending in a question asking the bot to agree', () => {
  it('"... signs with the words, that counts too, yes?" keeps the words without the "yes"', () => {
    expect(tidyMeasure('We will hear her say two words together at home. We can also use signs with the words, that counts too, yes?')).toBe(
      'We will hear her say two words together at home. We can also use signs with the words, that counts too',
    );
    expect(tidyMeasure('she points to the card, right?')).toBe('she points to the card');
  });
  it.each([
    ['she says yes?', 'she says yes'],
    ['he can answer yes or no?', 'he can answer yes or no'],
    ['she nods for yes, or no?', 'she nods for yes, or no'],
  ])('leave alone: %j keeps its yes or no', (text, kept) => {
    expect(tidyMeasure(text)).toBe(kept);
  });
});
