import { describe, expect, it } from 'vitest';
import { withoutHopeFrame } from '../../src/language/hopeFrame';

/* The words that only announce a hope are not kept as the hope. */
describe('a hope without "my hope is"', () => {
  it.each([
    ['my hope is to be a chef', 'to be a chef'],
    ['My dream is to work with animals', 'to work with animals'],
    ['i hope to be a chef', 'to be a chef'],
    ['my goal is to pass my driving test', 'to pass my driving test'],
    ['my biggest dream would be living on my own', 'living on my own'],
    ['my hope is that i can drive a car', 'i can drive a car'],
    ['so my dream is: to go to college', 'to go to college'],
  ])('%j is kept as %j', (typed, kept) => expect(withoutHopeFrame(typed)).toBe(kept));

  it.each(['my hope is for him to be happy at big school', 'i hope i can drive', 'my dream', 'i want to be a chef', 'i hope to', 'my dream job is a chef'])('%j is left as typed', (typed) =>
    expect(withoutHopeFrame(typed)).toBe(typed),
  );
});
