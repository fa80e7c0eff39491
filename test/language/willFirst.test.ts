import { describe, expect, it } from 'vitest';
import { willFirst, willFirstLabel } from '../../src/language/willFirst';

describe('a goal in a list to pick from: "I will ..." first, its time after', () => {
  it.each([
    ['In a year (by December 2027), I will get a job in a shop.', 'I will get a job in a shop', 'December 2027'],
    ['By July 2027, I will take the bus to college on my own.', 'I will take the bus to college on my own', 'July 2027'],
    ['By the end of Year 9, Maisie will swim 10 metres.', 'Maisie will swim 10 metres', 'by the end of Year 9'],
  ])('"%s" reads "%s" then "%s"', (statement, will, time) => expect(willFirst(statement)).toEqual({ will, time }));

  it('leaves a goal that does not start with its time as it is', () => {
    expect(willFirst('I will cook every day by July.')).toEqual({ will: 'I will cook every day by July' });
  });

  it('cuts a long "I will ..." on a button, never the time', () => {
    expect(willFirstLabel('In 6 months (by June 2027), I will go to the gym 2 times a week with my brother.', 20)).toBe('I will go to the gy… (June 2027)');
  });
});
