import { describe, expect, it } from 'vitest';
import { findTimeframe } from '../../src/language/timeframe';
import { monthSaidBeside } from '../../src/language/monthSaid';
import { timeframeLead } from '../../src/language/timeframeLead';
import { readWhenAnswer } from '../../src/language/whenAnswer';

const context = { today: '2026-12-02', schoolYear: 11, age: 16 };

describe('times read as people mean them', () => {
  it('a month said beside a season is the date', () => {
    expect(monthSaidBeside('summer gcse results day is august', 'summer', '2027-07-21')).toBe('2027-08-31');
    expect(monthSaidBeside('by christmas, my birthday is in june', 'by christmas', '2026-12-18')).toBeNull();
    expect(monthSaidBeside('i may do it by summer', 'by summer', '2027-07-21')).toBeNull();
  });

  it('next season is when the next football season starts, in August; its end is in May', () => {
    const football = { ...context, seasonSport: true };
    expect(findTimeframe('next seson', football)?.date).toBe('2027-08-31');
    expect(findTimeframe('next football season', context)).toEqual({ phrase: 'next football season', date: '2027-08-31' });
    expect(findTimeframe('by the start of next season', football)?.date).toBe('2027-08-31');
    expect(findTimeframe('before the season starts', football)?.date).toBe('2027-08-31');
    expect(findTimeframe('before the football season starts', context)?.date).toBe('2027-08-31');
    expect(findTimeframe('play footy next season', context)?.date).toBe('2027-08-31');
    expect(findTimeframe('next season', { ...football, today: '2027-06-10' })?.date).toBe('2027-08-31');
    expect(findTimeframe('by the end of next season', football)?.date).toBe('2028-05-31');
    expect(findTimeframe('end of the season', football)?.date).toBe('2027-05-31');
    expect(findTimeframe('by the end of this season', football)?.date).toBe('2027-05-31');
    expect(findTimeframe('theyre killing me this season', football)).toBeNull();
  });

  it('a season with no sport named, in the words or the goal, gets no guessed date', () => {
    for (const said of ['before the season starts', 'next season', 'by the end of the season', 'next seson', 'by the start of next season'])
      expect(findTimeframe(said, context)).toBeNull();
    // Other times are read as before.
    for (const said of ['by the summer', 'by next summer', 'by the end of the autumn term', 'by christmas', 'by september'])
      expect(findTimeframe(said, context)).not.toBeNull();
  });

  it('the sentence leaves a hedge out', () => {
    expect(timeframeLead({ phrase: 'by next summer hopefully', date: '2027-07-21' })).toBe('By next summer (July 2027)');
    expect(timeframeLead({ phrase: 'ideally by easter please', date: '2027-03-26' })).toBe('By Easter (March 2027)');
  });
});

describe('a season with the month said beside it', () => {
  it.each([
    ['by the end of next season, it finishes in may 2028', '2028-05'],
    ['before the season starts in august', '2027-08'],
    ['next season, so september', '2027-09'],
  ])('%j is read whole, at the month said', (said, month) => {
    const read = readWhenAnswer(said, context);
    expect(read.timeframe?.phrase).toBe(said);
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
  });
  it.each([
    ['before the season starts in march', '2026-12-02', '2027-03'],
    ['by the end of next season, it finishes in may 2028', '2026-03-10', '2028-05'],
    ['before the season starts in august', '2026-03-10', '2026-08'],
    ['next season, so september', '2026-03-10', '2026-09'],
  ])('%j (today %s) is read at the month and year said, even where the sport would say otherwise', (said, today, month) => {
    const read = readWhenAnswer(said, { ...context, today });
    expect(read.timeframe?.date.slice(0, 7)).toBe(month);
  });
  it.each([
    ['by the end of next season in may', '2028-05'],
    ['by the end of the season', '2027-05'],
    ['next season', '2027-08'],
    ['by march', '2027-03'],
    ['by the summer', '2027-07'],
    ['we march at the start of next season', '2027-08'],
  ])('%j, for football, keeps its date as before', (said, month) =>
    expect(readWhenAnswer(said, { ...context, seasonSport: true }).timeframe?.date.slice(0, 7)).toBe(month),
  );
  it.each(['before the season starts', 'next season i may be ready', 'by the start of next season'])('%j has no date guessed', (said) =>
    expect(readWhenAnswer(said, context).timeframe).toBeNull(),
  );
});
