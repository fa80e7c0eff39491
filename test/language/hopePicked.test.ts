import { describe, expect, it } from 'vitest';
import { hopePickedByWords } from '../../src/language/hopePicked';

const hopes = [
  { id: 'college', text: 'go colij cooking' },
  { id: 'kitchen', text: 'job in kichen' },
  { id: 'flat', text: 'live in flat wiv sam' },
  { id: 'football', text: 'watch footbal wiv priya' },
  { id: 'quiet', text: 'quiet places not noisy' },
];

describe('a hope picked by a few of its own words', () => {
  it.each([
    ['one more flat', 'flat'],
    ['yeh footbal wiv priya', 'football'],
    ['the football one', 'football'],
    ['yes the kichen job', 'kitchen'],
    ['quiet places', 'quiet'],
    ['colij', 'college'],
  ])('"%s" picks %s', (typed, id) => {
    expect(hopePickedByWords(typed, hopes)?.id).toBe(id);
  });

  it.each([
    'make my bed n wash clothes',
    'i will watch football with priya',
    'go to a football match with sam',
    'yes',
    'one more',
    'count change in shop',
  ])('"%s" is no pick', (typed) => {
    expect(hopePickedByWords(typed, hopes)).toBeUndefined();
  });
});
