import { describe, expect, it } from 'vitest';
import { alreadyHas, offersWhatTheyHave } from '../../src/language/alreadyHas';

describe('what a person says they already have', () => {
  it.each(['stay in my flat', 'i live in my flat on my own', 'I live in my own house', 'ive got my own flat'])('%j says they have a home', (text) => {
    expect([...alreadyHas([text])]).toEqual(['home']);
  });

  it.each(['i want my own flat', 'live in my own flat one day', 'move into my own place', 'get a flat', 'i like my room'])('%j does not', (text) => {
    expect(alreadyHas([text]).has('home')).toBe(false);
  });

  it('an example of a home of their own is not offered to them; one of friends is', () => {
    const has = alreadyHas(['stay in my flat']);
    expect(offersWhatTheyHave('I could move into my own place', has)).toBe(true);
    expect(offersWhatTheyHave('I could see my friends more', has)).toBe(false);
  });
});
