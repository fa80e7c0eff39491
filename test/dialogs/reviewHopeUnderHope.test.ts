import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { samAtReview } from './reviewSeed';

/*
 * "put the anxious customers thing under the games shop hope as a problem": that hope is no
 * longer a hope; after a yes it is kept as a hard thing of the games shop hope only, and the bot
 * says so.
 */

const SEED = samAtReview(11, [
  { text: 'I want a job when I leave school', theme: 'learning_and_work', needs: ['I find interviews scary'] },
  { text: 'work in a games shop', theme: 'learning_and_work', needs: ['I get lost on the bus'] },
  { text: 'not be scared of anxious customers', theme: 'health_and_wellbeing', needs: [] },
], (draft) => draft);

describe('a hope put under another hope as a hard thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is read back, then kept as a hard thing of the hope named', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('put the anxious customers thing under the games shop hope as a problem');
    expect(chat.step).toBe(Step.reviewChange);
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked).toContain('not be scared of anxious customers');
    expect(asked).toContain('work in a games shop');
    const replies = await chat.say('yes');
    expect(replies.map((r) => r.text ?? '').join('\n')).toContain('work in a games shop');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I want a job when I leave school', 'work in a games shop']);
    const shop = draft.aspirations[1]!.id;
    const kept = draft.needs.find((n) => n.text === 'not be scared of anxious customers');
    expect(kept?.aspirationIds).toEqual([shop]);
    expect(chat.step).toBe(Step.reviewSummary);
  });
});
