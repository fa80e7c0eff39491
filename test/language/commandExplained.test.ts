import { describe, expect, it } from 'vitest';
import { recogniseCommand } from '../../src/language/commands';
import { readTakeBack } from '../../src/language/takeBack';

describe('back said with why it is wanted', () => {
  it.each([
    'back. i did not mean to skip the last one',
    'go back, i pressed the wrong one',
    'undo that was wrong',
    'undo. i typed it wrong',
    'back sorry',
    'go back please i didnt mean that',
    'oops wrong one go back',
    'i didnt mean to skip that, go back',
  ])('"%s" is back', (typed) => expect(recogniseCommand(typed)).toBe('back'));

  it.each(['go back to swimming club', 'back to school is hard', 'back pain and reading', 'back, it hurts when i sit', 'my back. it hurts', 'he wants to go back to college, he didnt like the last one'])(
    '"%s" is an answer',
    (typed) => expect(recogniseCommand(typed)).toBeNull(),
  );
});

describe('a correction with the new answer', () => {
  it.each([
    ["no that's wrong, i meant to be a chef", 'to be a chef'],
    ['no thats wrong i meant chef', 'chef'],
    ['thats not right. it should be the bus', 'the bus'],
  ])('"%s" takes back the last answer and keeps "%s"', (typed, rest) => expect(readTakeBack(typed)).toMatchObject({ rest }));

  it('"back." beside a take-back is never the new answer', () => expect(readTakeBack('back. i did not mean that')).toMatchObject({ rest: '' }));
});
