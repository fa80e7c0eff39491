import { describe, expect, it } from 'vitest';
import { readWhenAnswer } from '../../src/language/whenAnswer';

// Answers typed at "by when?", with the time they meant on England's school calendar.
const RECEPTION_DEC_2026 = { today: '2026-12-02', schoolYear: 0, earlyYears: true };
const YEAR_10_DEC_2026 = { today: '2026-12-02', schoolYear: 10, earlyYears: false };
const ADULT_DEC_2026 = { today: '2026-12-02', age: 22, earlyYears: false };

describe('the end of a stage said without "when"', () => {
  it.each([
    ['finish reception', RECEPTION_DEC_2026, '2027-07'],
    ['finishing year 11', YEAR_10_DEC_2026, '2028-07'],
    ['leave school', YEAR_10_DEC_2026, '2028-07'],
  ])('"%s" is the end of it, kept in their words', (text, context, month) => {
    const read = readWhenAnswer(text, context);
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
    expect(read.timeframe?.phrase).toBe(text);
  });

  it('leaves alone a step that only starts with finishing something', () => {
    expect(readWhenAnswer('finish my homework', YEAR_10_DEC_2026).timeframe).toBeNull();
    expect(readWhenAnswer('finish the book', YEAR_10_DEC_2026).timeframe).toBeNull();
  });
});

describe('a day of the year said on its own', () => {
  it.each([
    ['valentines day', '2027-02'],
    ["mother's day", '2027-03'],
  ])('"%s" is by that day, a short step', (text, month) => {
    const read = readWhenAnswer(text, YEAR_10_DEC_2026);
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
    expect(read.timeframe?.phrase).toBe(text);
    expect(read.target).toBe(true);
  });

  it('is not read into a longer answer about something else', () => {
    expect(readWhenAnswer('i will buy my mum flowers for mothers day and make her a card', ADULT_DEC_2026).timeframe).toBeNull();
  });
});

describe('a day of their own named as the time, with its month', () => {
  it.each([
    ['for the show in march', '2027-03'],
    ['by my 1 year anniversary at work which is in may', '2027-05'],
    ['by the school play in march', '2027-03'],
  ])('"%s" keeps the day named as well as the month', (text, month) => {
    const read = readWhenAnswer(text, ADULT_DEC_2026);
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
    expect(read.timeframe?.phrase).toBe(text);
  });

  it('leaves alone a reason said after the time', () => {
    expect(readWhenAnswer('By Year 10 thats when you do work experience', { today: '2026-12-02', schoolYear: 9, earlyYears: false }).timeframe?.phrase).toBe('By Year 10');
    expect(readWhenAnswer('for my own good, by the end of march', ADULT_DEC_2026).timeframe?.phrase).toBe('by the end of march');
  });
});

describe('the coming holidays and a day of the month said alone', () => {
  it.each(['before the holidays', 'by the hols', 'before we break up', 'b4 we break up for the holidays'])('"%s" is the end of this term, a short step', (text) => {
    const read = readWhenAnswer(text, YEAR_10_DEC_2026);
    expect(read.timeframe?.date.slice(0, 7)).toBe('2026-12');
    expect(read.timeframe?.phrase).toBe(text);
    expect(read.target).toBe(true);
  });

  it.each([
    ['by the 15th', '2026-12-15'],
    ['before the 1st', '2027-01-01'],
  ])('"%s" is the next day of that number', (text, day) => {
    const read = readWhenAnswer(text, YEAR_10_DEC_2026);
    expect(read.timeframe?.date).toBe(day);
    expect(read.target).toBe(true);
  });

  it.each(['go swimming in the holidays', 'get to the 2nd floor on my own', 'come 1st in the race', 'by my 16th birthday', 'i get paid on the 28th'])('leaves alone "%s"', (text) => {
    const read = readWhenAnswer(text, YEAR_10_DEC_2026);
    expect(read.target).toBe(false);
  });
});
