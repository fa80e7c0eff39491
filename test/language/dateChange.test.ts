import { describe, expect, it } from 'vitest';
import { readDateChange } from '../../src/language/dateChange';

const CONTEXT = { today: '2026-12-02', schoolYear: 1 };

describe('a new date asked for an outcome', () => {
  it.each([
    ['can we change the easter one to the summer', 'easter'],
    ['move the talking one to july please', 'talking'],
    ['please change the date of the bus goal to next summer', 'bus'],
    ['actually make it by christmas', null],
  ])('"%s" is a date change for "%s"', (typed, about) => {
    expect(readDateChange(typed, CONTEXT)?.about ?? null).toBe(about);
  });
  it.each(['change the bus one to get the train', 'change schools to a college', 'make it to school by july', 'i want to move to year 7', 'please delete the old Easter one', 'change the easter one'])('"%s" is not', (typed) => {
    expect(readDateChange(typed, CONTEXT)).toBeNull();
  });
});
