import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

/*
 * At "by when?", on England's school calendar, with the phrase kept as typed: breaking up is the
 * end of this term unless the holiday is named; the end of this half term is its break or the end
 * of the term; "my 12th birthday in march" said at 10 is the March after next.
 */

const today = '2026-12-05';
const yearFive = { today, age: 10, schoolYear: 5 };
const yearThirteen = { today, age: 17, schoolYear: 13 };
const read = (text: string, context: { today: string; age: number; schoolYear?: number }) => readWhenAnswer(text, context);

describe('breaking up and the end of this half term', () => {
  it.each(['by the time we break up', 'when we break up', 'before we break up', 'by the end of this half term', 'by the end of the half term'])(
    '"%s" in December is the end of the autumn term, a step on the way',
    (text) => {
      const got = read(text, yearFive);
      expect(got.timeframe).toEqual({ phrase: text, date: '2026-12-18' });
      expect(got.target).toBe(true);
    },
  );

  it.each([
    ['before we break up for summer', '2027-07'],
    ['when we break up for the summer', '2027-07'],
    ['before we break up for easter', '2027-03'],
  ])('"%s" names the holiday, kept as typed', (text, month) => {
    const got = read(text, yearFive);
    expect(got.timeframe?.phrase).toBe(text);
    expect(got.timeframe?.date.slice(0, 7)).toBe(month);
  });

  it('leaves "by half term" as the next half-term break, in February', () => {
    expect(read('by half term', yearFive).timeframe?.date).toBe('2027-02-12');
  });
});

describe('a birthday named by its age', () => {
  it.each([
    ['by my 12th birthday in march', 10, '2028-03-31'],
    ['for my 12th birthday in march, we are going to york on the train!!', 10, '2028-03-31'],
    ['by my 16th birthday in october', 14, '2028-10-31'],
  ])('"%s" said at %i is that birthday, not the next one', (text, age, date) => {
    const got = read(text, { today, age });
    expect(got.timeframe?.date).toBe(date);
    expect(got.target).toBe(false);
  });

  it.each([
    ['by my 11th birthday in march', 10, '2027-03-31'],
    ['by my 18th in october', 17, '2027-10-31'],
    ['by my birthday on the 12th of march', 10, '2027-03-12'],
  ])('leaves "%s" said at %i as the next one', (text, age, date) => {
    expect(read(text, { today, age }).timeframe?.date).toBe(date);
  });
});

describe('times from the school calendar, kept as typed', () => {
  it.each([
    ['by the end of year 13', '2027-07'],
    ['after the summer holidays', '2027-09'],
    ['in 6 weeks', '2027-01'],
    ['by Eid', '2027-03'],
    ['by Diwali', '2027-10'],
    ['end of my course in june', '2027-06'],
  ])('"%s" is read to %s', (text, month) => {
    const got = read(text, yearThirteen);
    expect(got.timeframe?.phrase).toBe(text);
    expect(got.timeframe?.date.slice(0, 7)).toBe(month);
  });

  it('"before she starts school in september" at 4 is the end of August', () => {
    expect(read('before she starts school in september', { today, age: 4 }).timeframe).toEqual({ phrase: 'before she starts school in september', date: '2027-08-31' });
  });
});
