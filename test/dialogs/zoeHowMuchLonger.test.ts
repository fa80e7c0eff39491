import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/* "is this nearly done?" at any question: the bot says which part of the chat this is, then asks the same question. Nothing is kept. */
describe('asking how much is left', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['is this nearly done', 'how much more', 'r we nearly done yet?', 'is this almost over', 'are we done yet'])(
    '"%s" at "what makes this hard?" gets the part of the chat and the same question, and is not kept',
    async (typed) => {
      ({ chat } = await startWith({
        today: '2026-12-02',
        who: 'self',
        name: 'Zoe',
        age: 14,
        schoolYear: 9,
        hopes: [{ text: 'get my gcses', theme: 'learning_and_work', needs: [] }],
        at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
      }));
      const progress = chat.lastQuestion?.progress;
      const replies = (await chat.say(typed)).map((r) => r.text ?? '').join(' ');
      expect(replies).toContain(`part ${progress!.stage} of ${progress!.of}`);
      expect(chat.step).toBe(Step.needsBarrier);
      expect((await chat.draft())?.needs).toEqual([]);
    },
  );
});
