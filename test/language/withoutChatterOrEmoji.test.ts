import { describe, expect, it } from 'vitest';
import { withoutChatterOrEmoji } from '../../src/language/chatter';

describe('an answer as kept in the plan', () => {
  it.each([
    ['money lol', 'money'],
    ['tbh loud rooms 😅', 'loud rooms'],
    ['ngl busy places', 'busy places'],
    ['my nan x', 'my nan'],
    ["I can't read 👍🏽 well", "I can't read well"],
    ['xbox games', 'xbox games'],
  ])('%j is kept as %j', (typed, kept) => {
    expect(withoutChatterOrEmoji(typed)).toBe(kept);
  });

  it.each(['lol', '😂'])('%j alone is left as it is, never made empty', (typed) => {
    expect(withoutChatterOrEmoji(typed)).toBe(typed);
  });
});

describe('Nikita (17): chat words and an aside about the chat are not kept', () => {
  it.each([
    ['pass my theory test omg so i can start lessons', 'pass my theory test so i can start lessons'],
    ['get my theory test done obvs', 'get my theory test done'],
    ['reading is hard rn lol', 'reading is hard right now'],
    ['the theory test is all reading. i cant be bothered reading them', 'the theory test is all reading.'],
    ['i panic in tests. tbh i cba reading all this', 'i panic in tests.'],
  ])('%j is kept as %j', (typed, kept) => expect(withoutChatterOrEmoji(typed)).toBe(kept));

  it.each([
    'i cant be bothered to revise',
    'the theory book is long and i cant be bothered reading it at home',
    'my mum reads them to me',
    'reading the questions is hard',
    'omgs is my dog',
    'i learn rnli first aid',
    'the turn was hard',
  ])('%j is kept as it is', (typed) => expect(withoutChatterOrEmoji(typed)).toBe(typed));
});
