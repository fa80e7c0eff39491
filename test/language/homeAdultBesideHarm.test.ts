import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language';
import { saysOnlyHardAtSupport } from '../../src/language/hardAtSupport';
import { saysWhatTheyLike } from '../../src/language/likesSaid';
import { namesHomeAdultBesideHarm } from '../../src/language/homeAdultBesideHarm';

/* A step-parent or family member who hurts them, or is locked out: told, never kept as a like or a hard thing. */
const said = (text: string) => safeguardingInChat(text, { parent: false });

describe('an adult at home hurting them or kept out behind a lock is told at once', () => {
  it.each([
    'my step dad hurts my hand when im slow',
    'i like my room because i can lock it so my stepdad cant get in',
    'my mums boyfriend hurts my arm',
    'my uncle hurts me',
    'i lock my door so my stepdad cant get in',
    'i lock my bedroom so my mums boyfriend cant come in',
  ])('%j', (typed) => {
    expect(said(typed).action).toBe('answer');
  });

  it.each(['my dad hurts my feelings sometimes lol', 'i dont like it when my stepdad hurts my hand', 'i lock my door so my brother cant get in', 'im scared of my stepdad'])('%j is never met with silence', (typed) => {
    expect(said(typed).action).not.toBe('none');
  });
});

describe('the readers that keep words never keep them', () => {
  it.each(['my step dad hurts my hand when im slow', 'my stepdad scares me when im slow'])('%j is no hard thing at support', (typed) => {
    expect(saysOnlyHardAtSupport(typed)).toBe(false);
  });

  it.each(['i like my room because i can lock it so my stepdad cant get in', 'i like my room cos i can lock it so my uncle cant get in'])('%j is no like', (typed) => {
    expect(saysWhatTheyLike(typed)).toBe(false);
  });

  it('hard things and likes with no adult hurting them are still kept', () => {
    expect(saysOnlyHardAtSupport('writing takes ages and my hand hurts')).toBe(true);
    expect(saysWhatTheyLike('i like my room because i can lock it')).toBe(true);
    expect(saysWhatTheyLike('i like my mum and my cat')).toBe(true);
  });
});

describe('everyday words beside family are not read so', () => {
  it.each(['my mum helps when my hand hurts', 'my mum is kind. my hand hurts', 'i like my room because i can lock it'])('%j', (typed) => {
    expect(namesHomeAdultBesideHarm(typed)).toBe(false);
  });
});

describe('a pause in the middle keeps the adult and the hurt together', () => {
  it.each(['my step dad… hurts my hand when im slow', 'my mums boyfriend… he hurts my arm', 'i lock my door… so my stepdad cant get in'])('%j is told and never kept', (typed) => {
    expect(said(typed).action).toBe('answer');
    expect(saysOnlyHardAtSupport(typed)).toBe(false);
  });

  it.each(['my mum is kind; my hand hurts', 'my dad is great; writing hurts my hand'])('%j ties nobody to the hurt', (typed) => {
    expect(namesHomeAdultBesideHarm(typed)).toBe(false);
  });
});
