import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/* A parent's "he wont share his toys and the other kids hit him": other children hit him, and children are nobody's partner. */
describe('other children hitting the child, told by a parent', () => {
  it.each([
    'he wont share his toys and the other kids hit him',
    'he wont share and the other kids hit him',
    'he grabs things off them and then the boys hit him',
    'he is shy and the other children push him',
    'he takes their ball and the older kids kick him',
  ])('"%s" is harm from others or bullying, never domestic abuse', (text) => {
    const read = safeguardingInChat(text, { parent: true });
    expect(read.action).toBe('answer');
    expect(read).not.toMatchObject({ category: 'domestic_abuse' });
  });

  it.each(['he gets drunk and hits her', 'he comes home late and hits my mum', 'dad shouts at us and then hits mum', 'he gets angry with the kids and hits her'])(
    '"%s" is still domestic abuse',
    (text) => {
      expect(safeguardingInChat(text, { parent: true })).toMatchObject({ action: 'answer', category: 'domestic_abuse' });
    },
  );
});
