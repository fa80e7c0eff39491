import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { tidyMeasure, withoutChatterOrEmoji } from '../../src/language/chatter';

/*
 * A puzzled "wat" before an answer and a taunt ("dur") after it are dropped from what is kept; a
 * worry said with them is still heard, and the words of the worry stay.
 */

describe('reactions and taunts beside a worry', () => {
  it.each([
    'wat. my carer hits me when im bad',
    'huh, sometimes i think everyone would be better off without me',
    'eh. my uncle touches me where i dont like',
    'what? nobody feeds me when mum is out',
    'wat. older lads make me carry stuff for money',
    'my dad hits my mum duh',
  ])('%j is still heard as a worry', (said) => {
    expect(detectConcern(said).concern).toBe(true);
    expect(tidyMeasure(said)).toMatch(/hits|everyone|touches|feeds|carry/);
    expect(withoutChatterOrEmoji(said)).toMatch(/hits|everyone|touches|feeds|carry/);
  });
});
