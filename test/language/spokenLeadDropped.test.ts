import { describe, expect, it } from 'vitest';
import { tidyMeasure, withoutChatter } from '../../src/language/chatter';
import { detectConcern } from '../../src/language';

/*
 * Harvey uses speech to text: "Id of done it", "I'd of done it" came into an outcome as typed.
 * "of" after "I'd", "would", "could" is "have" as said; a spoken lead ("so like", "basically") at the
 * start of a step or a measure is not part of it.
 */

describe('spoken words at the start of a step or a measure', () => {
  it.each([
    ['Id of done it when my teacher sees my game working', "Id have done it when my teacher sees my game working"],
    ["I'd of done it on my own", "I'd have done it on my own"],
    ['so like my teacher would of seen it work', 'my teacher would have seen it work'],
    ['basically my game would of got 10 downloads', 'my game would have got 10 downloads'],
  ])('measure "%s" is kept as "%s"', (said, kept) => {
    expect(tidyMeasure(said)).toBe(kept);
  });

  it.each([
    ['so like make a small game on my own', 'make a small game on my own'],
    ['basically finish my game in scratch', 'finish my game in scratch'],
  ])('step "%s" is read as "%s"', (said, step) => {
    expect(withoutChatter(said)).toBe(step);
  });

  it.each(['the id of the game is 42', 'a lot of my friends', 'like animals', 'so i can read'])('"%s" is left as it is', (said) => {
    expect(withoutChatter(said)).toBe(said);
  });

  it.each(['so like my dad hits me', 'basically i want to die', 'so like he touches me'])('"%s" is still heard as a worry', (said) => {
    expect(detectConcern(withoutChatter(said)).concern).toBe(true);
  });
});
