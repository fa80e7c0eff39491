import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { JADES_OUTCOMES, jadeAtReview } from './reviewSeed';

/* Jade, 17, at the read-back's "What would you like to change?", says in her own words that nothing needs changing. */

describe('nothing to change, said any way, finishes the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no', 'nope all good', 'nah thats fine', 'its fine leave it', 'leave it its ok', 'thats fine leave it as it is', 'its all fine, leave it'])(
    '"%s" finishes, with the plan as it was',
    async (words) => {
      ({ chat } = await startWith(jadeAtReview()));
      await chat.say(words);
      expect(chat.step).toBe(Step.reviewDone);
      expect((await chat.draft())!.outcomes.map((o) => o.statement)).toEqual(JADES_OUTCOMES.map((o) => o.statement));
    },
  );

  it.each(['leave it', 'nvm leave it'])('"%s" alone lets go, and the read-back still waits', async (words) => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say(words);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"its fine leave it" in the middle of a change goes back to the read-back, never to the end', async () => {
    ({ chat } = await startWith(jadeAtReview()));
    await chat.say('change the bus one');
    await chat.say('its fine leave it');
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.outcomes[0]!.statement).toBe(JADES_OUTCOMES[0]!.statement);
  });
});
