import { describe, expect, it } from 'vitest';
import { asksForSecrecy, asksNotToTell } from '../../src/language';

describe('asking the bot not to tell', () => {
  it.each(['ur not gonna tell anyone are u?', 'dont tell anyone', 'you wont tell right?', 'please keep it a secret ok?', 'will you tell my teacher?'])(
    '"%s" asks the bot not to tell',
    (said) => expect(asksNotToTell(said)).toBe(true),
  );

  it.each(['will my dad see it', 'will my mum see this?', 'you never answered my question. who will see it?', 'who can read this?'])(
    '"%s" asks who sees the answers, not for a secret',
    (said) => expect(asksNotToTell(said)).toBe(false),
  );

  it('the wider secrecy reader, used after a worry, still hears "will my mum find out"', () => {
    expect(asksForSecrecy('will my mum find out')).toBe(true);
  });
});
