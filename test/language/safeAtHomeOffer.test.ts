import { describe, expect, it } from 'vitest';
import { needToOfferAfter } from '../../dialogs/safeguardingAnswer';

/* "Do you want your plan to say you need to feel safe at home?" follows a worry about safety at home, not a money worry. */
describe('the safe-at-home offer after a worry', () => {
  it.each([
    'dale has my card when hes in my flat and i dont know where my money goes',
    'my mates use my card in my flat',
    'dale takes my money at home',
  ])('"%s" (money) offers nothing', (text) => {
    expect(needToOfferAfter('exploitation', text, false)).toBeUndefined();
  });

  it.each([
    ['dale is staying in my flat and keeps my card', 'exploitation'],
    ['they deal drugs from my flat', 'exploitation'],
    ['he hits me in my flat', 'harm_from_others'],
    ['my mates use my card in my flat', 'harm_from_others'],
  ])('"%s" still offers home', (text, category) => {
    expect(needToOfferAfter(category, text, false)).toBe('home');
  });
});
