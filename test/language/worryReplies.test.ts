import { describe, expect, it } from 'vitest';
import { asksAboutTheWorryNote, deniesTheWorry, recogniseSafetyAnswer } from '../../src/language';
import { readSafetyCheck } from '../../src/language/closedAnswers';

describe('a reply saying the worry was misheard', () => {
  it.each(['ugh no im not being bullied. i mean they ask me a question in front of every1. im safe', 'no im not being bullied', 'i didnt mean that', 'thats not what i meant', 'nobody hurts me', 'no i meant teachers ask me questions', 'you got it wrong'])(
    '"%s" is "safe" at the safety question',
    (text) => {
      expect(deniesTheWorry(text)).toBe(true);
      expect(readSafetyCheck(text)).toBe('safe');
      expect(recogniseSafetyAnswer(text)).toBe('safe');
    },
  );

  it.each(['no i meant he hits me', 'i didnt mean that, im scared', 'i meant i dont feel safe', 'im not being bullied but my dad hits me', 'no'])('"%s" is not', (text) => {
    expect(deniesTheWorry(text)).toBe(false);
    expect(readSafetyCheck(text)).not.toBe('safe');
  });
});

describe('asking about the note of a worry', () => {
  it.each(['wat worrying thing?? take that note off', 'what note', 'take that note off', 'why did u make a note', 'delete the flag please', 'take off the note', 'is there a note that says i am not safe', 'did you make a note about me', 'does my plan have a flag'])('"%s" asks about it', (text) => {
    expect(asksAboutTheWorryNote(text)).toBe(true);
  });

  it.each(['what do you mean', 'take that hope off', 'remove the laptop one', 'i want to take notes in class', 'my mum writes a note for school', 'there is a note on the fridge', 'is there a notebook i can use'])('"%s" does not', (text) => {
    expect(asksAboutTheWorryNote(text)).toBe(false);
  });
});
