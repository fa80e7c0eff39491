import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/*
 * A life ended put as a full stop is suicide said plainly, with or without "put"; a full stop in the chat's
 * wording or in a sentence is no worry.
 */
describe('a full stop on my life', () => {
  it.each([
    'i want a full stop on my life',
    'i wish i could put a full stop on my life',
    'i need to put a full stop to my life',
    'sometimes i just want a full stop on my life',
  ])('%j gets the full answer', (typed) =>
    expect(safeguardingInChat(typed, { parent: false })).toEqual({ action: 'answer', category: 'self_harm_or_suicide' }));

  it.each(['i want a full stop at the end of that sentence', 'the date part has a full stop in the middle. it should just say by september 2027.'])(
    '%j is no worry',
    (typed) => expect(safeguardingInChat(typed, { parent: false }).action).toBe('none'),
  );
});
