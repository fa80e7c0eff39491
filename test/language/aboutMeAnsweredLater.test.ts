import { describe, expect, it } from 'vitest';
import { onlyAsksAboutQuestion, readAboutMeAnsweredLater } from '../../src/language/aboutMeAnsweredLater';

describe('an about-me question answered later', () => {
  it.each([
    ['Wait, I did not answer yet what helps. What helps is: show her pictures. Speak short and slow', 'support', 'show her pictures. Speak short and slow'],
    ["sorry i didnt answer the strengths question. She is kind and funny", 'strengths', 'She is kind and funny'],
  ])('"%s" answers %s now', (typed, section, text) => {
    expect(readAboutMeAnsweredLater(typed)).toEqual({ section, text });
  });

  it.each([
    'I did not answer yet what helps. What does it mean?',
    'She can go swimming, that is what helps her relax',
    'what helps is show her pictures',
    'I did not answer what helps because I was scared. My dad hits me',
  ])('"%s" is no late answer', (typed) => {
    expect(readAboutMeAnsweredLater(typed)).toBeNull();
  });

  it('a question back kept by mistake is told from an answer', () => {
    expect(onlyAsksAboutQuestion('what works? Sorry I am not sure I understand the question')).toBe(true);
    expect(onlyAsksAboutQuestion('Give her time. What else?')).toBe(false);
    expect(onlyAsksAboutQuestion('Show her pictures')).toBe(false);
  });
});
