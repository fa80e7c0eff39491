import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { replaceItemText, setKeyWorker, type Draft } from '../../src/domain/draft';
import { renderJson } from '../../src/export';
import type { Transcript } from '../support/transcript';
import { playJourney, type Answers } from './journeyDriver';
import { startWith } from './journeySeed';

/*
 * Dev says "happy and have friends", then fuller words that replace it. While the chat goes on the
 * earlier words are kept (so "i wanted BOTH" or an undo can bring them back); once the plan is
 * finished or shared, neither the stored draft nor the data file keeps them.
 */

const replacedThenFinished: Answers = {
  [Step.welcomeName]: ['Dev'],
  [Step.hopesDream]: ['happy and have friends'],
  [Step.hopesMore]: ['i want to be happy and have friends at school', 'no thats all'],
  [Step.reviewShare]: ['not yet'],
};

/** As the chat stored it: the hope replaced by fuller words, and a key worker's code to share with. */
const replacedWithCode = (d: Draft): Draft =>
  setKeyWorker(replaceItemText(d, d.aspirations[0]!.id, 'i want to be happy and have friends at school'), { invitationCode: 'ABCD-1234', shared: false });

const earlierWordsIn = (draft: Draft) => draft.aspirations.flatMap((a) => a.earlierWords ?? []);

describe('a hope\'s replaced words, once the plan is finished or shared', () => {
  let chat: Transcript | undefined;
  afterEach(async () => chat?.close());

  it('typed to the end: kept mid-chat, gone from the draft and its data file once finished', async () => {
    let keptMidChat: string[] = [];
    const run = await playJourney({
      today: '2025-03-10',
      answers: replacedThenFinished,
      onStep: async (at, step) => {
        if (step === Step.needsBarrier && !keptMidChat.length) keptMidChat = earlierWordsIn((await at.draft())!);
        return false;
      },
    });
    chat = run.chat;
    expect(keptMidChat).toEqual(['happy and have friends']);
    expect(run.draft.aspirations.map((a) => a.text)).toContain('i want to be happy and have friends at school');
    expect(run.draft.status).toBe('ready_for_review');
    expect(earlierWordsIn(run.draft)).toEqual([]);
    expect(renderJson(run.draft)).not.toContain('earlierWords');
  }, 120_000);

  it('"yes please" to sharing with the key worker: the shared draft keeps no earlier words', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith({
      today: '2026-12-02',
      name: 'Dev',
      age: 15,
      schoolYear: 10,
      hopes: [{ text: 'happy and have friends', theme: 'friends_and_community', needs: ['i get nervous with new people'] }],
      change: replacedWithCode,
      at: () => ({ stage: 'review', step: Step.reviewShare }),
    }));
    expect(earlierWordsIn(seeded)).toEqual(['happy and have friends']);
    await chat.say('yes please');
    const shared = (await chat.draft())!;
    expect(shared.status).toBe('submitted');
    expect(earlierWordsIn(shared)).toEqual([]);
    expect(renderJson(shared)).not.toContain('happy and have friends"');
  });

  it('the data file of a draft still in the chat leaves the earlier words out', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      hopes: [{ text: 'happy and have friends', theme: 'friends_and_community', needs: [] }],
      change: replacedWithCode,
      at: () => ({ stage: 'hopes', step: Step.hopesMore }),
    }));
    const draft = (await chat.draft())!;
    expect(earlierWordsIn(draft)).toEqual(['happy and have friends']);
    expect(renderJson(draft)).not.toContain('earlierWords');
  });
});
