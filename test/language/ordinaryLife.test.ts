import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { tellsOfOrdinaryIndependence, tellsOfOrdinaryPay } from '../../src/language/ordinaryLife';

const young = { parent: false } as const;

describe('ordinary independence told literally is no reason to ask "Are you OK?"', () => {
  it.each([
    'I can look after myself. Mum does not have to do it.',
    'i can look after myself now, my mum doesnt need to',
    'I am able to cook for myself. Dad does not have to.',
    'i know how to do my own washing by myself',
    'I can take my tablets on my own. Staff do not have to remind me.',
    'i look after myself now. mum does not have to',
    'I can wash myself. Carers do not have to do it.',
  ])('%j: no check', (typed) => {
    expect(safeguardingInChat(typed, young).action).toBe('none');
  });

  it.each([
    "mum doesn't look after me, I have to do it all myself",
    'nobody makes my tea',
    'i can look after myself because nobody else does',
    'I can look after myself. Mum is never home.',
    'i look after myself now because mum left',
    "I can make my own tea now. There's never any food.",
    'I can cook for myself. There is no food in the house.',
  ])('near-miss %j: still a worry', (typed) => {
    expect(safeguardingInChat(typed, young).action).not.toBe('none');
  });

  it('reads who does the caring, not the words "look after myself"', () => {
    expect(tellsOfOrdinaryIndependence('i can look after myself')).toBe(true);
    expect(tellsOfOrdinaryIndependence('i already cook for myself')).toBe(true);
    expect(tellsOfOrdinaryIndependence('i look after myself')).toBe(false);
    expect(tellsOfOrdinaryIndependence('i have to look after myself')).toBe(false);
    expect(tellsOfOrdinaryIndependence('i can look after myself, mum forgets to feed me')).toBe(false);
    expect(tellsOfOrdinaryIndependence('i can do it myself but i am scared at home')).toBe(false);
  });
});

describe('ordinary pay told literally is no reason to ask "Are you OK?"', () => {
  it.each([
    'I get a contract. I get paid in my bank.',
    'i get paid every month into my own account',
    'My wages go into my bank. I have a payslip.',
    'I will get paid for my internship. It goes in my bank.',
  ])('%j: no check', (typed) => {
    expect(safeguardingInChat(typed, young).action).toBe('none');
  });

  it.each(['they take my pay', 'i get paid to carry bags for them', 'my boss keeps my wages and i dont get any', 'I get paid £20 every friday to go round his flat', 'he pays me cash for favours'])('near-miss %j: still a worry', (typed) => {
    expect(safeguardingInChat(typed, young).action).not.toBe('none');
  });

  it('reads whose work and whose account, not the words "get paid"', () => {
    expect(tellsOfOrdinaryPay('i get paid in my bank for my job')).toBe(true);
    expect(tellsOfOrdinaryPay('i get paid to hold stuff for him')).toBe(false);
    expect(tellsOfOrdinaryPay('i get paid for my job but my mate has my card')).toBe(false);
    expect(tellsOfOrdinaryPay('i work there but they dont pay me')).toBe(false);
    expect(tellsOfOrdinaryPay('he gets paid into my bank')).toBe(false);
  });
});
