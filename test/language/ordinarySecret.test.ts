import { describe, expect, it } from 'vitest';
import { asksForSecrecy, asksNotToTell, safeguardingInChat } from '../../src/language';

/*
 * "dont tell anyone" beside a plainly ordinary, embarrassing thing is a shy aside: no secrets answer.
 * Beside anyone else, a secret, or harm, it is still a request to keep a worry secret.
 */
describe('"dont tell anyone" beside an ordinary thing', () => {
  it.each([
    'i still cant do my shoelaces dont tell anyone lol',
    'i cant swim dont tell anyone',
    'i still have a teddy dont tell anyone haha',
    'dont tell anyone but i still sleep with my teddy',
    'i still cant tie my laces pls dont tell anyone',
  ])('%j asks no secret to be kept', (text) => {
    expect(asksForSecrecy(text)).toBe(false);
    expect(asksNotToTell(text)).toBe(false);
  });

  it.each(['dont tell anyone, he said its our secret', 'i still cant do my shoelaces dont tell anyone he said its our secret', 'i cant swim, dont tell anyone, my uncle hurts me', 'dont tell anyone he touches me', 'dont tell anyone'])(
    '%j still asks for a secret',
    (text) => {
      expect(asksForSecrecy(text)).toBe(true);
    },
  );

  it.each(['dont tell anyone, he said its our secret', 'dont tell anyone he touches me', 'i cant swim, dont tell anyone, my uncle hurts me'])('%j is still answered as a worry', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).not.toBe('none');
  });
});
