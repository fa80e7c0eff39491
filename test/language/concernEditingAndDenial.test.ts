import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';

/*
 * "just end it at booking passenger assist myself" after "take out the maybe bit from the sentence" is
 * editing; "not like I want to hurt myself or anything. I'm just fed up with the bot" is a denial beside
 * frustration. Neither is a disclosure; wanting to end it, or to hurt oneself, is still heard.
 */
describe('editing a sentence, and self-harm denied beside frustration', () => {
  it.each([
    'take out the maybe bit from the sentence, just end it at booking passenger assist myself',
    'change the sentence and end it at the word college',
    'delete the last bit, end it at going to college',
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

  // Words told after a denial, or wanting to end it said near a word of editing, are read as ever.
  it.each([
    'im fed up, not like i want to hurt myself. i already did last night',
    'its annoying not like im going to hurt myself but i took 20 pills yesterday',
    'im so bored not like i want to kill myself but i have a plan',
    'its frustrating, not like i want to kill myself or anything. well maybe i do',
    'its so annoying, not like id kill myself. i just have the rope ready',
    'fed up of school. not like im gonna kill myself... i think about it every day though',
    'im fed up. its not like i want to hurt myself, i do it anyway',
    'delete all of it i want to end it with pills',
    'remove the line about mum, i want to end it at the station tonight',
    'remove the word maybe. i just want to end it at this point',
    'rewrite the sentence. i want to end it after this',
    'every word i write is rubbish, i want to end it at the river',
    'i cant even finish a sentence. i want to end it with a rope',
    'take out the maybe bit, just end it at booking passenger assist. my dad hits me',
  ])('%j gets the full answer in the chat', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('answer');
  });

  // A denial alone, or beside frustration only, is asked after gently: never the full answer, never passed over.
  it.each([
    "its frustrating not like I want to hurt myself or anything. I'm just fed up with the bot",
    'not like i want to kill myself im just fed up',
    "not that i'd hurt myself, im just so fed up with this",
    'i dont want to end my life',
    'i dont want to kill myself',
  ])('%j gets "Are you OK?" in the chat', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('check');
  });
});
