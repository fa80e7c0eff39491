import { describe, expect, it } from 'vitest';
import { pfaAreaOf } from '../../src/domain/pfaArea';

const year10 = { schoolYear: 10 };

describe('Preparing for Adulthood area of an outcome', () => {
  it.each([
    'I will pass my driving test and drive to work',
    'I will cook a meal for my family on my own',
    'I will pay my bills and manage my money',
    'I will take the bus to college on my own',
    'I will live in my own flat',
  ])('"%s" is independent living, even under a work hope', (statement) => {
    expect(pfaAreaOf(year10, 'learning_and_work', statement)).toBe('independent_living');
  });

  it('a job outcome stays employment', () => {
    expect(pfaAreaOf(year10, 'learning_and_work', 'I will do work experience at a garage')).toBe('employment');
  });

  it.each([
    ['I will get a job in a shop', 'independent_living'],
    ['I will earn my own money on Saturdays', 'independent_living'],
    ['I will do a supported internship at the hospital', 'health_and_wellbeing'],
    ['I will work in a cafe making meals', 'independent_living'],
    ['I will be a shop assistant two days a week', 'friends_and_community'],
  ] as const)('"%s" is employment, from its words, even under another hope', (statement, theme) => {
    expect(pfaAreaOf(year10, theme, statement)).toBe('employment');
  });

  it('working at something, or going shopping, is not a job', () => {
    expect(pfaAreaOf(year10, 'independent_living', 'I will work on my reading with my TA')).toBe('independent_living');
    expect(pfaAreaOf(year10, 'friends_and_community', 'I will go shopping on my own')).toBe('independent_living');
    expect(pfaAreaOf(year10, 'learning_and_work', 'I will take the bus to work on my own')).toBe('independent_living');
  });

  it('health and friends are read from the words too', () => {
    expect(pfaAreaOf(year10, 'learning_and_work', 'I will go to the gym twice a week')).toBe('health');
    expect(pfaAreaOf(year10, 'independent_living', 'I will go to a youth club every Friday')).toBe('community_inclusion');
  });

  it('is not recorded before Year 9', () => {
    expect(pfaAreaOf({ schoolYear: 7 }, 'learning_and_work', 'I will cook pasta')).toBeUndefined();
  });
});
