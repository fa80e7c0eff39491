import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Not sleeping is a health need (Section C), in whatever words it is typed: "asleep", "awake",
 * "a brain that won't switch off at night", "up till 3am". A school word beside it does not make
 * it a learning need.
 */
// Three at a time: the most hard things asked for one hope.
const TYPED = [
  ['i cant sleep, my brain wont switch off', 'my head is too busy at bedtime', 'i cant fall asleep so im tired in lessons'],
  ['i lie awake most nights', 'im up till 3am cos i cant switch off', 'my brain wont switch off at night'],
];

describe('a need about sleep is placed with health', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(TYPED)('sleep needs typed at "what makes this hard?" are kept whole and placed in Section C: "%s", "%s", "%s"', async (...typed) => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      who: 'self',
      name: 'Zoe',
      age: 14,
      schoolYear: 9,
      hopes: [{ text: 'to do well in my gcses', theme: 'learning_and_work', needs: [] }],
      at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[0]!.id }),
    }));
    for (const [i, said] of typed.entries()) {
      if (i > 0) expect([i, chat.lastQuestion?.step]).toEqual([i, Step.needsMore]);
      await chat.say(i === 0 ? said : `yes ${said}`);
      expect([i, chat.lastQuestion?.step]).toEqual([i, Step.needsHelps]);
      await chat.say('nothing');
    }
    const needs = (await chat.draft())?.needs.map((n) => [n.text, n.suggestedSection]);
    expect(needs).toEqual(typed.map((t) => [t, 'health']));
  });
});
