import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { detectConcern } from '../../src/language';
import { flagCategoryOf } from '../../src/language/disclosureFollowUp';

/*
 * Older youths giving a young child treats and sending him on errands for them, told by a parent:
 * the first signs of criminal exploitation, answered at once and flagged as exploitation, never
 * bullying. A child helped by older kids, or running to the shop for his nan, stays quiet.
 */
const parent = { parent: true };

describe('older ones giving treats and sending a child on errands', () => {
  it.each([
    'older lads off the estate have been giving him sweets and asking him to run to the shop for them, dunno if thats anything',
    'some older boys keep buying him sweets and sending him to the shop for them',
    'teenagers round here give him crisps and get him to go errands for them',
    'the big lads at the park asked her to nip to the shop for them and gave her a fiver',
  ])('%j is answered at once as exploitation', (said) => {
    expect(safeguardingInChat(said, parent)).toMatchObject({ action: 'answer', category: 'exploitation' });
    expect(flagCategoryOf('exploitation', said)).toBe('exploitation');
  });

  it.each(['older kids at his club help him with football', 'he runs to the shop for his nan', 'older kids at his club give him sweets after football'])(
    '%j stays quiet',
    (said) => {
      expect(detectConcern(said).concern).toBe(false);
    },
  );

  it.each(['my dad hits me', 'he touches me', 'they take my money', 'i want to die', 'i cut myself'])('%j is still heard', (said) => {
    expect(detectConcern(said)).toMatchObject({ concern: true, sure: true });
  });
});
