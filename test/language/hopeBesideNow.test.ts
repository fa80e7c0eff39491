import { describe, expect, it } from 'vitest';
import { hopesIn } from '../../src/language/hopesInMessage';
import { quoteOf } from '../../src/language/quoteOf';

describe('a hope with how things are now beside it', () => {
  it('the hope is kept without the background', () => {
    expect(hopesIn('a job that pays. now i just do 2 days at the charty shop')).toEqual(['a job that pays']);
  });
  it('a read-back quote is a whole sentence when one fits, never a cut phrase, and marks what was left out', () => {
    expect(quoteOf('a job that pays. now i just do 2 days at the charty shop and i like it')).toBe('a job that pays…');
  });
});
