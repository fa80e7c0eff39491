import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * At what makes a hope hard, softening words at the start ("same really", "yeah basically", "same
 * as before") are dropped: the hard thing is kept in the words after them, for the hope asked about.
 */

async function atWhatIsHard(): Promise<Transcript> {
  const seeded = await startWith({
    today: '2026-12-05', who: 'self', name: 'Kai', age: 14,
    hopes: [
      { text: 'to get a job in a shop', theme: 'learning_and_work', needs: ['reading the labels'] },
      { text: 'to play games online with my friends', theme: 'friends_and_community', needs: [] },
    ],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }),
  });
  return seeded.chat;
}

describe('softening words before a hard thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['same really, the game is too fast', 'yeah basically the game is too fast', 'same as before, the game is too fast', 'yeah honestly, the game is too fast'])('%j keeps "the game is too fast"', async (typed) => {
    chat = await atWhatIsHard();
    await chat.say(typed);
    const draft = (await chat.draft())!;
    const game = draft.needs.filter((n) => n.aspirationIds.includes(draft.aspirations[1]!.id)).map((n) => n.text);
    expect(game).toContain('the game is too fast');
    expect(draft.needs.map((n) => n.text).filter((t) => /game/.test(t))).toEqual(['the game is too fast']);
  });

  it('a word that says something is kept: "really struggles to keep up"', async () => {
    chat = await atWhatIsHard();
    await chat.say('really struggles to keep up with the others');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('really struggles to keep up with the others');
  });
});
