import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/*
 * "just end it at booking passenger assist myself" after "take out the maybe bit from the sentence" is
 * editing; "not like I want to hurt myself or anything. I'm just fed up with the bot" is a denial beside
 * frustration. Neither is a disclosure; wanting to end it, or to hurt oneself, is still heard.
 */
describe('editing a sentence, and self-harm denied beside frustration', () => {
  it.each([
    'take out the maybe bit from the sentence, just end it at booking passenger assist myself',
    'change the sentence and end it at the word college',
    'delete the last bit, end it after going to college',
    "its frustrating not like I want to hurt myself or anything. I'm just fed up with the bot",
    "not that i'd hurt myself, im just so fed up with this",
    'im annoyed, not like im going to hurt myself',
    "i'm not going to do anything stupid, just fed up",
  ])('%j is quiet', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each([
    'i just want to end it',
    'i want to end it all',
    'im going to end it at the weekend',
    'i hate this sentence i want to end it all',
    'not like anyone cares if i hurt myself',
    'i want to hurt myself',
    'im fed up. i want to hurt myself',
    'fed up not like i want to hurt myself but i cut myself last night',
    'my dad hits me',
    'he touches me',
    'they take my money',
    'i want to die',
    'i cut myself',
  ])('%j is still heard', (text) => {
    expect(detectConcern(text).concern).toBe(true);
  });
});
