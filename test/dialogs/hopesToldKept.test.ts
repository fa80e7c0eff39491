import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* A carer tells how the child said his hopes: each hope is kept, the story and the count are not. */

describe('hopes told as what the child said', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps his three and the one the carer adds', async () => {
    chat = (await startWith({ today: '2026-12-02', name: 'Jayden', age: 13, schoolYear: 8, hopes: [], at: () => ({ stage: 'hopes', step: 'hopes.dream' }) })).chat;
    await chat.say(
      "I asked him this the other night while he was fixing his bike and he said be a mechanic like his uncle, play football for a proper team and have a proper mate, those were his three, and I'd add that he's happy and settled",
    );
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([
      'be a mechanic like his uncle',
      'play football for a proper team',
      'have a proper mate',
      "he's happy and settled",
    ]);
  });
});
