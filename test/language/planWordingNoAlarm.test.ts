import { describe, expect, it } from 'vitest';
import { safeguardingInChat } from '../../src/language/concernInChat';
import { isPlanTalk } from '../../src/language/disclosureFollowUp';

/*
 * "put that he gets upset when it's loud so they know", "write down that she cries at drop off":
 * telling the bot what to write in the plan about a need is plan talk, never a worry to ask
 * "Are you OK?" about. A child who hates himself is a worry, written down or not.
 */

describe('plan-wording instructions', () => {
  it.each([
    "put that he gets upset when it's loud so they know",
    'write down that she cries at drop off',
    'can you add that he hides under the table when its noisy',
    'make sure it says she gets upset with hand dryers',
    'put down that i panic when the fire alarm goes',
  ])('%j is plan talk', (typed) => {
    expect(isPlanTalk(typed)).toBe(true);
    for (const parent of [true, false]) expect(safeguardingInChat(typed, { parent }).action).not.toBe('check');
  });

  it.each(['put that he cries every night and says he hates himself', 'write down that dad hits her when he is drunk', 'put that i am scared to go home'])('%j is not only plan talk', (typed) => {
    expect(isPlanTalk(typed)).toBe(false);
  });
});

describe('a child who hates himself', () => {
  it.each(['he cries every night and says he hates himself', 'put that he cries every night and says he hates himself', 'i cry every night and i hate myself'])('%j is asked after', (typed) => {
    expect(safeguardingInChat(typed, { parent: !/\bi\b/.test(typed) }).action).not.toBe('none');
  });

  it.each(['he hates homework', 'he hates loud places', 'he says he hates himself when he loses at uno but it passes quick'])('%j is not', (typed) => {
    expect(safeguardingInChat(typed, { parent: true }).action).toBe('none');
  });
});
