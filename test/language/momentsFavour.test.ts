import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';

/* Holding a mate's bag for a moment is a favour; holding a bag for someone else, or at home, is still heard. */
describe("holding a mate's bag while he ties his shoe", () => {
  it.each([
    'my mate asked me to hold his bag while he tied his shoe',
    'my friend told me to hold his bag while he went to the toilet',
    'he asked me to hold his phone for a sec',
    'my mate asked me to hold his bag while he tied his laces',
    'he got me to hold his bag while he got changed for pe',
    'asked me to hold his bag for a minute while he tied his shoelace',
  ])('"%s" is ordinary', (text) => {
    expect(safeguardingInChat(text, { parent: false }).action).toBe('none');
  });

  it.each([
    'he asked me to hold a bag for his mate',
    'they want me to keep a bag at mine',
    'he told me to hold his bag',
    'he told me to hold his bag while he went in the house',
    'he asked me to hold some drugs while he tied his shoe',
    'he asked me to hold a knife for a sec',
    'he asked me to hold his bag and not look inside',
  ])('"%s" is still answered', (text) => {
    expect(safeguardingInChat(text, { parent: false })).toMatchObject({ action: 'answer', category: 'exploitation' });
  });
});
