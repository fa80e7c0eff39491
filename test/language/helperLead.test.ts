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
