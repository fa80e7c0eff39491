import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/** "idk which bus": "I don't know" said in text-speak is what is hard, never chatter to drop. */
describe('"idk" at the start of what is hard', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const atNeeds = async () =>
    (
      await startWith({
        today: '2026-12-02', name: 'Tyler', age: 15, schoolYear: 10,
        hopes: [{ text: 'get the bus to the garage on my own', theme: 'independent_living', needs: [] }],
        at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
      })
    ).chat;

  it.each([
    ['idk which bus to get', 'idk which bus to get'],
    ['i dunno where to get off', 'i dunno where to get off'],
    ['dunno how to buy a ticket lol', 'dunno how to buy a ticket'],
  ])('"%s" is kept with the not knowing in it', async (typed, kept) => {
    chat = await atNeeds();
    await chat.say(typed);
    expect(chat.step).toBe(Step.needsHelps);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual([kept]);
  });
});
