import { describe, expect, it } from 'vitest';
import { tellsNoMoreHarm } from '../../src/language/plainAnswerAfterNote';
import { tellsMoreOfTheWorry } from '../../src/language/worryToldMore';

/* After a note, what a plain answer is (kept as the answer) and what tells more of the harm (goes with the note). */
const NOTES = [{ people: ['brother'], words: ['bag', 'phone'], names: ['mick'] }];

describe('a plain plan answer after a note', () => {
  it.each([
    'The TA and the parents see he bring all his things to school every day for 4 weeks.',
    'my picture would be on the wall 🖼️',
    'ill sleep in my bed',
    'i sleep in my bed evry nite',
    'The National Rail app, because it shows the platform before the board does, and having a written plan B if my train is cancelled.',
    'his teacher will see he has his reading book every day',
    'my drawing will be in the school show',
    'i will cook my own tea 3 nights a week',
    'the trainline app and a paper timetable',
  ])('%j tells no more harm: kept as the answer', (typed) => {
    expect(tellsNoMoreHarm(typed, NOTES)).toBe(true);
  });

  it.each([
    'he did it again today',
    'they took my bag again',
    'mick ate all my food again',
    'my stepbrother came in my room again last night',
    'my brother is still here',
    'he sent me another message asking for pics',
    'i feel bad about it',
    'she knows where i live',
    'he made me do stuff',
    'i am scared to go home',
    'mick wont leave my flat',
  ])('%j tells more of the harm: goes with the note', (typed) => {
    expect(tellsNoMoreHarm(typed, NOTES)).toBe(false);
  });

  it.each(['he did it again today', 'they done it again', 'she did that again at break'])('%j is more of the noted worry', (typed) => {
    expect(tellsMoreOfTheWorry(typed, { people: ['other'], words: [] })).toBe(true);
  });

  it('"he did well again today" is no worry told again', () => {
    expect(tellsMoreOfTheWorry('he did well again today', { people: ['other'], words: [] })).toBe(false);
  });
});
