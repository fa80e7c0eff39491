import { describe, expect, it } from 'vitest';
import { describesHarmByOthers, safeguardingInChat } from '../../src/language';

/* A locked door against a brother or sister who takes one's things, said whole: "Are you OK?" at most. Harm beside it is heard. */
const said = (text: string) => safeguardingInChat(text, { parent: false });

describe('"i lock my door cos my brother nicks my stuff"', () => {
  it.each(['i lock my door cos my brother nicks my stuff', 'I lock my door because my little sister keeps taking my makeup'])('%j: asked after gently, never the full answer', (typed) => {
    expect(said(typed).action).not.toBe('answer');
  });

  it.each([
    'i lock my door cos my brother nicks my stuff and hits me',
    'i lock my door cos my brother nicks my stuff and touches me',
    'i lock my door cos my uncle nicks my stuff',
    'i lock my door cos my brother nicks my stuff. my dad hits me',
    'i lock my door cos my brother nicks my money',
  ])('%j: the full answer', (typed) => {
    expect(said(typed).action).toBe('answer');
  });

  it('"i have to lock my door cos my brother nicks my stuff": the full answer', () => {
    expect(said('i have to lock my door cos my brother nicks my stuff').action).toBe('answer');
  });

  it('"i lock my door cos my brother touches my stuff": asked after, and noted as harm by others', () => {
    expect(said('i lock my door cos my brother touches my stuff').action).toBe('check');
    expect(describesHarmByOthers('i lock my door cos my brother touches my stuff')).toBe(true);
  });
});
