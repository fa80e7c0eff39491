import { describe, expect, it } from 'vitest';
import { detectConcern } from '../../src/language/concern';

/* A young child alone at night while the parent works stays a disclosure (neglect); the same for 16 is the dialog's to read. */
describe('a young child on their own at night while a parent works', () => {
  it.each(["he's 6 and on his own at night while i work", 'shes 8 and home on her own at night when i go out to work'])('"%s" is neglect', (said) => {
    expect(detectConcern(said)).toMatchObject({ concern: true, category: 'neglect' });
  });

  it.each(['my dad hits me', 'i want to die', 'he touches me', 'i dont get fed'])('still heard: "%s"', (said) => {
    expect(detectConcern(said).concern).toBe(true);
  });
});
