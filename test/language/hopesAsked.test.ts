import { describe, expect, it } from 'vitest';
import { readHopesAsked } from '../../src/language/hopesAsked';

describe('commands about the hopes kept', () => {
  it.each([
    ['what hopes have you kept. list them', 'list'],
    ['show me my hopes', 'list'],
    ['delete both of those hopes. they are wrong', 'whichOut'],
    ['delete all of my hopes. none of them are real', 'whichOut'],
    ['4 of my hopes are wrong', 'whichOut'],
    ['they are things i typed to you not hopes', 'whichOut'],
  ] as const)('"%s" is %s', (typed, kind) => expect(readHopesAsked(typed)).toBe(kind));

  it.each(['I want to stop smoking', 'i want to travel on the train', 'some of my friends are not real friends', 'delete it', 'take it out'])(
    '"%s" is left alone',
    (typed) => expect(readHopesAsked(typed)).toBeNull(),
  );
});
