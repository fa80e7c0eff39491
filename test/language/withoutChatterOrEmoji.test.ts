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

  it.each([
    ['idk im only 11 lol. maybe cooking, i cant really cook', 'maybe cooking, i cant really cook'],
    ["i'm just 14. reading long books", 'reading long books'],
    ['im only in year 7 tho. maths is hard', 'maths is hard'],
  ])('the aside about their age in %j is dropped like "idk"', (typed, kept) => {
    expect(withoutChatterOrEmoji(typed)).toBe(kept);
  });

  it.each([
    ['im only 11 and i cant cook', 'im only 11 and i cant cook'],
    ['im only 11', 'im only 11'],
    ['i cant cook. im only allowed in the kitchen with mum', 'i cant cook. im only allowed in the kitchen with mum'],
    ['im just scared of the bus. and loud rooms', 'im just scared of the bus. and loud rooms'],
    ['my brother is only 11. he takes my stuff', 'my brother is only 11. he takes my stuff'],
    ['im 11 in year 7. i cant read well', 'im 11 in year 7. i cant read well'],
  ])('%j keeps its words', (typed, kept) => {
    expect(withoutChatterOrEmoji(typed)).toBe(kept);
  });
});

describe('Nikita (17): chat words and an aside about the chat are not kept', () => {
  it.each([
    ['pass my theory test omg so i can start lessons', 'pass my theory test so i can start lessons'],
    ['get my theory test done obvs', 'get my theory test done'],
    ['reading is hard rn lol', 'reading is hard right now'],
    ['the theory test is all reading. i cant be bothered reading them', 'the theory test is all reading.'],
    ['i panic in tests. tbh i cba reading all this', 'i panic in tests.'],
    ['i get books home. i cant be bothered reading your messages', 'i get books home.'],
    ['i cant focus rn', 'i cant focus right now'],
  ])('%j is kept as %j', (typed, kept) => expect(withoutChatterOrEmoji(typed)).toBe(kept));

  it.each([
    'i cant be bothered to revise',
    'the theory book is long and i cant be bothered reading it at home',
    'my mum reads them to me',
    'reading the questions is hard',
    'omgs is my dog',
    'i learn rnli first aid',
    'the turn was hard',
    'i want to join the rn like my grandad',
    'i want to train as an RN',
    'my aunt is an rn at the hospital',
    'i get books home every week. i cant be bothered reading them',
    'my teacher gives me worksheets. i cant be bothered reading them',
    'we get letters from school. i cant be bothered reading them',
  ])('%j is kept as it is', (typed) => expect(withoutChatterOrEmoji(typed)).toBe(typed));
});
