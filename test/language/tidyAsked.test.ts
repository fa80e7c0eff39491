import { describe, expect, it } from 'vitest';
import { asksToTidyWords } from '../../src/language/tidyAsked';

describe('asksToTidyWords', () => {
  it.each([
    'sounds a bit rubbish written down. can you tidy it up so it sounds proper',
    'can u make it sound better',
    'that reads weird, fix it',
    'it sounds clunky, can you word it better',
    'please reword it',
  ])('"%s" asks for better words', (t) => expect(asksToTidyWords(t)).toBe(true));
  it.each([
    'Ffion will tidy up her toys after play',
    'tidy up her room',
    'fix her bike',
    'sounds good',
    'my dad hits me',
    'he touches me',
    'they take my money',
    'i want to die',
    'i cut myself',
    'that reads weird, fix it. my dad hits me',
  ])('"%s" is not a request to tidy', (t) => expect(asksToTidyWords(t)).toBe(false));
});
