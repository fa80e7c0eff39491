import { describe, expect, it } from 'vitest';
import { recogniseCommand } from '../../src/language/commands';
import { asksBotForEasierWords, statesReadingTrouble } from '../../src/language/easierWordsAsked';

/** Asking for easier words, however it is typed, switches to easy read; an answer that mentions easy things does not. */
describe('asking for easier words', () => {
  it.each([
    'simple words', 'easier words', 'can u make it easy', 'i cant read long words', 'shorter please', 'shorter', 'can u use smaller words',
    'less words', 'small words please', 'the words are too hard', 'words too long', 'make it simple', 'long words are hard',
    'the words r too long', 'can you make it shorter please', 'i cant read the long words very well', 'its too hard to read',
    'make the words simpler', 'use shorter sentences', 'smaller words pls', 'i find it hard to read long words',
  ])('"%s" asks for easy read', (said) => {
    expect(recogniseCommand(said)).toBe('easyRead');
  });

  it.each(['normal words', 'standard', 'normal words again', 'back to normal', 'standard words please', 'go back to normal words'])('"%s" asks for standard words', (said) => {
    expect(recogniseCommand(said)).toBe('standard');
  });

  it.each([
    'I like simple words', 'she needs simple words', 'easy jobs', 'simple things make me happy', 'make it easy for me to get to college',
    'i want an easy life', 'shorter days at school', 'normal school', 'i cant read', 'he cant read well', 'a short walk', 'i want to be normal',
    'less homework', 'smaller class', 'shorter hair', 'easy peasy', 'make a cake', 'i cant read very well',
  ])('"%s" is an answer, not a switch', (said) => {
    expect(['easyRead', 'standard']).not.toContain(recogniseCommand(said));
  });

  it('tells a request to the bot from a way others could help', () => {
    for (const said of ['can u make it easy', 'shorter please', 'i cant read long words', 'make it simpler']) expect(asksBotForEasierWords(said)).toBe(true);
    for (const said of ['simple words', 'use simple words', 'easy words']) expect(asksBotForEasierWords(said)).toBe(false);
  });

  it('tells reading trouble said as a fact from a request', () => {
    for (const said of ['i cant read long words', 'long words are hard', 'the words are too hard']) expect(statesReadingTrouble(said)).toBe(true);
    for (const said of ['can u make it shorter', 'i cant read long words can you make it easy', 'shorter sentences', 'shorter please']) expect(statesReadingTrouble(said)).toBe(false);
    expect(asksBotForEasierWords('shorter sentences')).toBe(false);
  });
});
