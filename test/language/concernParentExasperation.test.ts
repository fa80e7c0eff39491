import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { detectConcern } from '../../src/language/concern';

/*
 * A parent's exasperation, set aside only when it ends the message: "I'm his MUM doing this for him,
 * right, Harley's not here" (who is chatting, never a goodbye), and "Looks good. Well it doesn't but
 * I've had enough" at the read-back (enough of the chat). Plain disclosures with the same words, and
 * the same words with more after them, are still heard.
 */
const reply = (text: string, parent = true) => safeguardingInChat(text, { parent }).action;

describe('a parent fed up or saying the child is not with her: no worry', () => {
  it.each([
    "Standard. And I'm his MUM doing this for him, right, Harley's not here.",
    "I'm his mum doing this for him, he's not here.",
    "im her mum. she is not here right now",
    "Looks good. Well it doesn't but I've had enough.",
    "looks fine, well it isnt really but im fed up with this",
  ])('%j: no note, no check', (typed) => {
    expect(detectConcern(typed).concern).toBe(false);
    expect(reply(typed)).toBe('none');
  });
});

describe('leave alone: the same words as a disclosure are still heard', () => {
  it.each([
    "I'm his mum, he's not here anymore",
    "I'm his mum. He wants to die. He's not here.",
    "I'm his mum doing this for him. His dad hits him, he's not here.",
    "i won't be here much longer",
    "I've had enough.",
    'looks good but ive had enough',
    "Looks good. Well it doesn't but I've had enough of everything.",
    "Looks good. Well it doesn't but I've had enough. I want to die",
    "Looks good. Well it doesn't but I've had enough of life.",
  ])('%j: still read as a possible concern, never set aside', (typed) => {
    expect(detectConcern(typed).concern).toBe(true);
  });
});
