import { describe, expect, it } from 'vitest';
import { helpBesideHope } from '../../src/language/helpBesideHope';

describe('help said beside a hope that leans on it', () => {
  it.each([
    ['stay in my flat. jen helps me with money i want to do it more myself', 'jen helps me with money', 'stay in my flat. i want to do my money more myself'],
    ['my mum helps me with cooking but i want to do it on my own', 'my mum helps me with cooking', 'i want to do my cooking on my own'],
    ['my support worker does my shopping for me i want to do that myself', 'my support worker does my shopping for me', 'i want to do my shopping myself'],
    ['dad helps him with his reading he wants to do it by himself', 'dad helps him with his reading', 'he wants to do his reading by himself'],
  ])('%j', (typed, help, rest) => {
    expect(helpBesideHope(typed)).toEqual({ help, rest });
  });

  it.each(['it helps me with money i want to do it more', 'i want to be a chef', 'jen helps me with money', 'i want to live with my mates and cook for them'])(
    '%j says no help beside a hope',
    (typed) => expect(helpBesideHope(typed)).toBeUndefined(),
  );
});
