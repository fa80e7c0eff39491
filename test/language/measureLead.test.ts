import { describe, expect, it } from 'vitest';
import { saysMeasureNotStep } from '../../src/language/measureLead';

/*
 * New words at a read-back: "I will know because ..." or "my manager will see ..." say how anyone
 * would know. "I will check my bus times" is a step the young person takes, never the measure.
 */
const TODAY = { today: '2026-12-02', age: 19 };

describe('new words that say how everyone will know', () => {
  it.each([
    'I will know because I clock in on time',
    "I'll be able to tell because I get there before nine",
    'I can tell because my bag is packed the night before',
    'you will see that I get the bus on my own',
    'my manager will see me get there on time',
    'mum will say I did it on my own',
    'staff will notice I ask for help',
  ])('"%s" is the measure', (typed) => {
    expect(saysMeasureNotStep(typed, TODAY)).toBe(true);
  });

  it.each([
    'I will check my bus times on the app before I leave',
    'By December 2027, I will pass my driving theory test with a voiceover.',
    'by the end of year 11 i will get a certificate',
    'I can check the timetable every morning',
    'I will see my friends at the youth club',
    'I will tell my teacher when I need a break',
    'we will check the route together on Saturday',
  ])('"%s" is the outcome, not the measure', (typed) => {
    expect(saysMeasureNotStep(typed, TODAY)).toBe(false);
  });
});
