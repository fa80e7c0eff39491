import { describe, expect, it } from 'vitest';
import { readDayPutRight, readPlanAudience } from '../../src/language/planAudience';

describe('how to show the plan, asked at the read-back', () => {
  it.each([
    ['how do i show karen', 'howShared'],
    ['how do I send it to the SENCo?', 'howShared'],
    ['how does the college see my plan', 'howShared'],
    ['how do i get it to my dad', 'howShared'],
    ['how can i get the plan to mrs patel', 'howShared'],
    ['how can my key worker get it', 'howShared'],
    ['how do i share it with my social worker', 'howShared'],
  ])('"%s" asks %s', (typed, topic) => expect(readPlanAudience(typed)).toBe(topic));

  it.each([
    'my dad can see me cook every day',
    'show karen how to cook pasta',
    'how do i show karen how to cook',
    'can go to the shops on my own',
    'can my dad help me cook',
    'can i see it',
    'looks good',
    "ok that's fine",
    'change the date',
    'can karen see it. i want to live with her',
    'how do i get a job',
    'how can i get help',
    'how can we get support',
    'how do we get a ta',
    'how can i get to college',
    'how do i get better',
    'how can i get my own flat',
    'how do i give up smoking',
    'how can i show my feelings',
    'how do i show up on time',
  ])('"%s" is left alone', (typed) => expect(readPlanAudience(typed)).toBeNull());
});

describe('a day of the month put right', () => {
  it('"christmas is 25 december not 18"', () => expect(readDayPutRight('christmas is 25 december not 18')).toEqual({ right: 25, wrong: 18, month: 12 }));
  it('"its the 25th not the 18th"', () => expect(readDayPutRight('its the 25th not the 18th')).toEqual({ right: 25, wrong: 18 }));
  it.each(['i want 2 not 3 goals', 'by the end of year 9', 'change the date', 'in 2 years not 1 year'])('"%s" is left alone', (typed) => expect(readDayPutRight(typed)).toBeNull());
});
