import { describe, expect, it } from 'vitest';
import { hopeInAddCommand, withoutHopeLeadIn } from '../../src/language/hopeLeadIn';

describe('the hope typed with the add-a-hope command', () => {
  it.each([
    ['add a hope: not be tired in lessons', 'not be tired in lessons'],
    ['add hope - sleep better', 'sleep better'],
    ['new hope get a job', 'get a job'],
    ['can i add not be tired in lessons as a hope', 'not be tired in lessons'],
    ['add a new dream, go to college', 'go to college'],
    ['I want to add a hope: to learn to drive', 'to learn to drive'],
  ])('%j is the hope %j', (typed, hope) => {
    expect(hopeInAddCommand(typed)).toBe(hope);
    expect(withoutHopeLeadIn(typed)).toBe(hope);
  });

  it.each(['can i add another hope', 'add a hope', 'add more time', 'i hope to add up', 'new dream job is a vet', 'i wish i could add numbers'])(
    '%j names no hope with the command',
    (typed) => expect(hopeInAddCommand(typed)).toBeNull(),
  );
});
