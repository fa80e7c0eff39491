import { describe, expect, it } from 'vitest';
import { readHelperLead } from '../../src/language/helperLead';

describe('who is typing, said before the answer', () => {
  it.each([
    ['mum here: he cooks simple meals with me at home', 'mum', 'he cooks simple meals with me at home'],
    ['Mum here - he uses the washing machine every week', 'mum', 'he uses the washing machine every week'],
    ['its his mum, he needs prompts for each step', 'mum', 'he needs prompts for each step'],
    ['this is her dad: she gets the bus with me', 'dad', 'she gets the bus with me'],
    ['hi its nan here. he loves cooking', 'nan', 'he loves cooking'],
    ["dev's mum here: he needs pictures", 'mum', 'he needs pictures'],
  ])('"%s" is %s typing: "%s"', (typed, who, rest) => {
    expect(readHelperLead(typed)).toEqual({ who, rest });
  });

  it.each(['my mum helps me', 'mum', 'mum here', 'mum and dad help me', 'my mum here helps me cook', 'mum, pictures and time'])('"%s" has no lead-in', (typed) => {
    expect(readHelperLead(typed)).toBeNull();
  });
});

describe('a supporter saying what the young person means', () => {
  it.each([
    ['Jo here - she means she wants more hours at the cafe', 'Jo', 'she wants more hours at the cafe'],
    ['this is her support worker, she means she wants more hours', 'support worker', 'she wants more hours'],
    ['(mum typing) he means he wants to cook tea', 'mum', 'he wants to cook tea'],
    ['he wants to cook tea (mum typing)', 'mum', 'he wants to cook tea'],
  ])('"%s" is %s typing: "%s"', (typed, who, rest) => {
    expect(readHelperLead(typed, ['Jo'])).toMatchObject({ who, rest });
  });

  it.each(['Jo here - she means it', 'Jo is here with me', 'Jo helps me with money', 'she means well (honestly)'])('"%s" keeps its words', (typed) => {
    const lead = readHelperLead(typed, ['Jo']);
    expect(lead === null || lead.rest === 'it').toBe(true);
  });

  it('a name nobody gave as a helper is no lead-in', () => {
    expect(readHelperLead('Amira here - I want more hours', ['Jo'])).toBeNull();
  });
});
