import { describe, expect, it } from 'vitest';
import { recogniseCommand, type GlobalCommand } from '../../src/language';
import { readReadingMode } from '../../src/language/closedAnswers';

/** A command counts only when the message means it; a command word inside an answer is the answer. */
describe('commands are words, not look-alikes', () => {
  it.each<readonly [string, GlobalCommand]>([
    ['can we do easy read please', 'easyRead'],
    ['easier words pls', 'easyRead'],
    ['make it simpler', 'easyRead'],
    ['normal words', 'standard'],
    ['can you go back to normal words please', 'standard'],
    ['tea is ready, can we stop and do the rest tomorrow', 'stop'],
    ['wait go back i typed it wrong', 'back'],
    ['is there a real person i can talk to', 'talkToPerson'],
    ['please delete everything about me', 'deleteData'],
    ['i did this last week and you gave me a code', 'resume'],
  ])('%j is %s', (text, command) => {
    expect(recogniseCommand(text)).toBe(command);
  });

  it.each([
    'easter',
    'by easter',
    'make it easter',
    'actually christmas is 3 weeks away. make it easter',
    'easy',
    'read',
    'easy going',
    'I want to read easy books',
    'show pictures, use easy words',
    'dont shout at me, just explain',
    'the bus stop is far away',
    'to stop being scared of dogs',
    'i want to go back to swimming',
    'to skip with a rope',
    'talk to a person at the bank on my own',
    'I want to start again at a new school',
    'help my mum with the shopping',
    'I want to learn to code',
    'my back hurts',
  ])('%j is an answer', (text) => {
    expect(recogniseCommand(text)).toBeNull();
  });

  it('reads the reading mode from what a person means', () => {
    expect(readReadingMode('easter')).toBeUndefined();
    expect(readReadingMode('easy words with pictures if you can')).toBe('easy_read');
    expect(readReadingMode('normal pls, easy read is babyish')).toBe('standard');
    expect(readReadingMode('the second one')).toBe('easy_read');
    expect(readReadingMode('eesy read pls')).toBe('easy_read');
  });
});
