import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';

/* Hating oneself said as a sentence of its own is asked after gently; harm beside it still gets the full answer. */
const said = (text: string) => safeguardingInChat(text, { parent: false });

describe('"i hate myself" is asked after', () => {
  it.each(['i hate myself', 'lovely?? i said i hate myself', 'I really hate myself so much.', 'nice?? i just said i hate myself lol'])('%j: "Are you OK?"', (typed) => {
    expect(said(typed)).toMatchObject({ action: 'check', concern: { likely: 'self_harm_or_suicide' } });
  });

  it.each(['i hate myself so i cut myself', 'lovely?? i said i hate myself and want to die'])('%j: the full answer', (typed) => {
    expect(said(typed)).toEqual({ action: 'answer', category: 'self_harm_or_suicide' });
  });

  it.each(['i hate my hair', 'i hate maths', 'i hate myself for eating all the cake lol'])('%j: nothing', (typed) => {
    expect(said(typed).action).toBe('none');
  });
});

describe('"nobody likes me" is asked after', () => {
  it.each(['nobody likes me', 'No one cares about me.', 'i want to be a vet. nobody likes me', 'tbh no one even likes me at school'])('%j: "Are you OK?"', (typed) => {
    expect(said(typed)).toMatchObject({ action: 'check', concern: { likely: 'self_harm_or_suicide' } });
  });

  it.each(['nobody likes me and they hit me', 'no one cares about me, my dad hits me'])('%j: the full answer', (typed) => {
    expect(said(typed).action).toBe('answer');
  });

  it.each(['nobody likes me to be late', 'no one likes me singing in class lol'])('%j: nothing', (typed) => {
    expect(said(typed).action).toBe('none');
  });
});
