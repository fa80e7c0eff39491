import { describe, expect, it } from 'vitest';
import { partIsIn, partSaidLeftOut } from '../../src/language/partLeftOut';

describe('a part said to be cut off', () => {
  it.each([
    ['u cut off the bit about the instructor who gets dyspraxia', 'instructor who gets dyspraxia'],
    ['you left out the driving instructor part', 'driving instructor'],
    ['where is the bit about my mum', 'mum'],
    ['you forgot the part about the bus pass', 'bus pass'],
  ])('%s', (text, part) => expect(partSaidLeftOut(text)).toBe(part));

  it.each(['you cut it off', 'i want lessons with an instructor', 'pass my theory test', 'by summer'])('no part: %s', (text) =>
    expect(partSaidLeftOut(text)).toBeNull(),
  );

  it('matches the help kept, allowing a typo', () => {
    expect(partIsIn('instructer who gets dyspraxia', 'an instructor who gets dyspraxia')).toBe(true);
    expect(partIsIn('bus pass', 'an instructor who gets dyspraxia')).toBe(false);
  });
});
