import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { readFlagObjection } from '../../src/language/flagObjection';
import { declinesTheNumbers } from '../../src/language/numbersDeclined';
import { tellsOfNotGoingAlone } from '../../src/language/cantGoAlone';

/*
 * Readers that let a worry go, or raised one, by a near word: a protest at the note never hides harm
 * told beside it; declining the numbers is never read into fear of ringing; a plan, a telling-off or
 * a wish not to be thought bullied is no disclosure.
 */
describe('a protest at the note never hides harm told beside it', () => {
  it.each([
    'why did you say that? he hits his own kids when hes drunk',
    "it's not bullying, it's abuse at home. why did you say bullying",
  ])('"%s" is no objection', (text) => {
    expect(readFlagObjection(text)).toBeUndefined();
  });

  it.each(['Bullying?? It is not bullying. He hit his own head', 'Please remove that note. Nobody hurt him'])('"%s" is still one', (text) => {
    expect(readFlagObjection(text)).toMatchObject({ denies: true });
  });
});

describe('declining the numbers', () => {
  it.each(['i dont want childline to know about me', 'ive seen the numbers but im scared to ring', 'i have links to the youth club'])('"%s" is not declining', (text) => {
    expect(declinesTheNumbers(text)).toBe(false);
  });

  it.each(['please stop giving me the numbers', 'I know the numbers, thanks', 'i dont want the numbers again'])('"%s" is', (text) => {
    expect(declinesTheNumbers(text)).toBe(true);
  });
});

describe('not going out alone yet', () => {
  it('with distress beside it, it is not only a need', () => {
    expect(tellsOfNotGoingAlone('i cant stay on my own at night, my head tells me bad things')).toBe(false);
    expect(tellsOfNotGoingAlone('kayley lives in a difrent house. i cant go on my own at nite')).toBe(true);
  });
});

describe('ordinary words that sounded like a disclosure', () => {
  it.each([
    'i dont want a birthday next year i want to go to Wales instead',
    'i have to watch what i say or my mum will go mad cos i swear a lot lol',
    "I don't want my key worker thinking I'm being bullied",
  ])('"%s" is ordinary', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each(['i dont want a birthday next year', 'i dont want mum thinking im being bullied, but i am', 'i dont want to go to school cos of the boys'])('"%s" is still a worry', (text) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, sure: true });
  });
});
