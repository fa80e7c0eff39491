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

  it('is not recorded before Year 9', () => {
    expect(pfaAreaOf({ schoolYear: 7 }, 'learning_and_work', 'I will cook pasta')).toBeUndefined();
  });
});
