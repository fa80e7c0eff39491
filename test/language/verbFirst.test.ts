import { describe, expect, it } from 'vitest';
import { isGoodSentence } from '../../src/language';
import { readFirstWord, withVerbFromHope } from '../../src/language/verbFirst';

describe('an outcome starts with what they will do', () => {
  it.each(['I will gardn centr.', 'I will paid job at the shop.', 'I will garden centre.', 'I will independent travel.'])('%j is no sentence to sign', (sentence) => {
    expect(isGoodSentence(sentence)).toBe(false);
  });

  it.each(['I will trvel to colege.', 'I will cook tea.', 'By July 2027, I will be able to travel to college.', 'Leo will say hello to a friend.', 'I will volunteer at the shop.', 'I will feel calmer.', 'I will communicate my needs.'])('%j is a sentence', (sentence) => {
    expect(isGoodSentence(sentence)).toBe(true);
  });

  it('reads "paid job" and "job at the shop" as no verb, "travel to college" as one', () => {
    expect(readFirstWord('paid job at the shop')).toBe('notAVerb');
    expect(readFirstWord('job at the shop')).toBe('notAVerb');
    expect(readFirstWord('travel to college')).toBe('verb');
  });

  it.each(['I will stack shelves at supermarket.', 'I will stack shelfs at shop.', 'I will water plants.', 'I will fill trolleys.'])('%j is a sentence: a verb before things done to them', (sentence) => {
    expect(isGoodSentence(sentence)).toBe(true);
  });

  it.each(['I will work experiens stack shelfs.', 'I will work experience.', 'I will work placment.', 'I will bus drivers.'])('%j is no sentence to sign', (sentence) => {
    expect(isGoodSentence(sentence)).toBe(false);
  });

  it('reads "work at tesco" and "work hard" as a verb, "work experience" as a thing', () => {
    expect(readFirstWord('work at tesco')).toBe('verb');
    expect(readFirstWord('work hard')).toBe('verb');
    expect(readFirstWord('work experience at tesco')).toBe('notAVerb');
  });

  it('takes the verb from the hope only when the hope names the same thing', () => {
    expect(withVerbFromHope('gardn centr', 'work at a garden centre')).toBe('work at a garden centre');
    expect(withVerbFromHope('garden centre', 'I want to work at a garden centre')).toBe('work at a garden centre');
    expect(withVerbFromHope('paid job at the shop', 'work at a garden centre')).toBeUndefined();
    expect(withVerbFromHope('a job', 'have a job')).toBeUndefined();
  });
});
