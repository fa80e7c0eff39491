import { describe, expect, it } from 'vitest';
import { asksToStopChecking } from '../../src/language/checksStopped';

/* Only a request to the bot stops its checking; someone else in their life who keeps checking never does. */

describe('asking the bot to stop checking', () => {
  it.each(['stop asking if im ok', 'can you stop checking on me', 'pls stop with the nspcc thing', 'i wish you would stop asking if im ok', 'im fine stop'])('%j is a request to the bot', (typed) => {
    expect(asksToStopChecking(typed)).toBe(true);
  });

  it.each(['my dad wont stop checking on me', 'my mum doesnt stop asking if im ok', 'i told him to stop asking if im ok', 'my foster carer cant stop checking on us', 'she never stops checking on me'])(
    '%j is about someone else checking, not a request to the bot',
    (typed) => {
      expect(asksToStopChecking(typed)).toBe(false);
    },
  );
});
