import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/* A boy at school or an older lad taking their things is heard; things lent, shared or kept safe at night are not. */
describe('their things taken', () => {
  it.each([
    ['he takes my trainers and my xbox games', 'bullying'],
    ['this boy keeps taking my games', 'bullying'],
    ['an older lad took my trainers off me', 'bullying'],
    ['they take my stuff', 'bullying'],
    ["my brother's mate keeps taking my money off me", 'exploitation'],
  ])('"%s" is heard as %s', (text, category) => {
    expect(detectConcern(text)).toMatchObject({ concern: true, category });
  });

  it.each(['he takes my xbox games round his house to play them', 'my mum takes my phone at night', 'he took my trainers to fix the lace', 'my brother annoys me when he takes my stuff'])('"%s" is ordinary', (text) => {
    expect(detectConcern(text).concern).toBe(false);
  });

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('"%s" is still heard', (text) => {
    expect(detectConcern(text).concern).toBe(true);
  });
});
