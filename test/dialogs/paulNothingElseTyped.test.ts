import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Paul, dad of Arlo (4), at "Is there anything else that makes this hard?": "ah right thanks. no
 * nothing else" is a no, with thanks before it; never "What else makes it hard?".
 */
const PAUL: Seed = {
  today: '2026-12-06', who: 'parent_carer', name: 'Arlo', age: 4, schoolYear: -1,
  hopes: [
    { text: 'talk in short sentences', theme: 'learning_and_work', needs: ['he only has about 20 words'] },
    { text: 'use the toilet', theme: 'independent_living', needs: [] },
  ],
  at: (d) => ({ stage: 'needs', step: Step.needsMore, topic: d.aspirations[0]!.id }),
};

describe('Paul says nothing else is hard', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['ah right thanks. no nothing else', 'ok thanks, no nothing else', 'ah right. no thats it'])('"%s" is a no', async (typed) => {
    let seeded;
    ({ chat, seeded } = await startWith(PAUL));
    expect(saidIn(await chat.say(typed))).not.toMatch(/What else makes it hard/);
    expect(chat.step).not.toBe(Step.needsMore);
    expect(chat.lastQuestion?.topic === seeded.aspirations[0]!.id && chat.step === Step.needsBarrier).toBe(false);
    expect((await chat.draft())!.needs).toHaveLength(1);
  });
});
