import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { hopeCuesBesideHarm } from '../../src/language/hopeApart';

/** A hope or a plan answer in one sentence never explains away harm told in another. */
describe('a hope beside a disclosure', () => {
  it.each([
    ['i want to be a nurse and help people. nobody feeds me at home', 'neglect'],
    ['i want to be a nurse. my dad hits me', 'harm_from_others'],
    ['One day I want a job in a shop. My stepdad locks me in my room.', 'harm_from_others'],
  ])('%j gets the full answer at once', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category, sure: true });
    expect(safeguardingInChat(text, { parent: false })).toEqual({ action: 'answer', category });
  });

  it('a hope to help people who are hurt, in two sentences, is still a hope', () => {
    expect(detectConcern('I want to be a nurse. I want to help people who self harm.').concern).toBe(false);
  });
});

describe('hope cues beside harm, sentence by sentence', () => {
  const readsHarm = (s: string) => /hits me|hurt/.test(s);
  const cues = (s: string) => (/nurse|help people/.test(s) ? ['helping'] : []);

  it('drops a hope said in another sentence than the harm', () => {
    expect(hopeCuesBesideHarm('i want to be a nurse. my dad hits me', ['helping'], readsHarm, cues)).toEqual([]);
  });
  it('keeps a hope said in the same sentence as the harm', () => {
    expect(hopeCuesBesideHarm('i want to be a nurse. i want to help people who hurt me', ['helping'], readsHarm, cues)).toEqual(['helping']);
  });
  it('keeps every hope in one sentence, or when no sentence tells of harm to the writer', () => {
    expect(hopeCuesBesideHarm('i want to be a nurse and my dad hits me', ['helping'], readsHarm, cues)).toEqual(['helping']);
    expect(hopeCuesBesideHarm('My mum is a nurse. She helps people who hurt themselves.', ['helping'], readsHarm, cues)).toEqual(['helping']);
  });
});
