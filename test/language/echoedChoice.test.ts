import { describe, expect, it } from 'vitest';
import { commentsOnChoice, onlyHedge, splitEchoedChoice } from '../../src/language/echoedChoice';

const WHEN = [{ value: 'endOfYear', synonyms: ['End of this school year'] }];

describe("a button's words typed before more words", () => {
  it.each(['I think', 'maybe', 'probably', 'i guess so, thanks', 'maybe. please'])('"%s" after a choice is only a hedge', (rest) => expect(onlyHedge(rest)).toBe(true));
  it.each(['I think he can', 'he struggles with reading', 'when he is 9'])('"%s" says more than a hedge', (rest) => expect(onlyHedge(rest)).toBe(false));
  it('"end of this school year I think" leads with the choice', () => {
    const echoed = splitEchoedChoice('end of this school year I think', WHEN);
    expect(echoed?.value).toBe('endOfYear');
    expect(onlyHedge(echoed!.rest)).toBe(true);
  });
  it.each(['is more realistic', 'would be better tbh', "'s fairer", 'sounds about right', 'makes more sense'])('"%s" after a choice says something of that choice', (rest) => expect(commentsOnChoice(rest)).toBe(true));
  it.each(['he struggles with reading', 'she gets anxious', 'loud places upset him'])('"%s" is an answer of its own', (rest) => expect(commentsOnChoice(rest)).toBe(false));
});
