import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * Paul, dad of Arlo (4): after his answer to "What already helps?", "no. wait yes actually, he has a
 * lot of constipation" is one more hard thing. It is added to what makes it hard; the help he gave
 * stays, never replaced by these words.
 */
const PAUL: Seed = {
  today: '2026-12-06', who: 'parent_carer', name: 'Arlo', age: 4, schoolYear: -1,
  hopes: [{ text: 'use the toilet', theme: 'independent_living', needs: ['he is still in nappies'] }],
  at: (d) => ({ stage: 'needs', step: Step.needsHelps, topic: d.aspirations[0]!.id, data: { need: d.needs[0]!.id } }),
};

describe('Paul adds a hard thing after what helps', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no. wait yes actually, he has a lot of constipation" is a hard thing; the help stays', async () => {
    ({ chat } = await startWith(PAUL));
    await chat.say('a sticker chart and he sits on the potty with his digger book');
    expect(chat.step).toBe(Step.needsMore);
    expect(saidIn(await chat.say('no. wait yes actually, he has a lot of constipation and it hurts him'))).not.toMatch(/I've changed/);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text).join(' | ')).toMatch(/constipation/);
    expect(JSON.stringify(draft.needs[0]!.helps)).toMatch(/sticker chart/);
    expect(JSON.stringify(draft.needs[0]!.helps)).not.toMatch(/constipation/);
  });

  it.each(['no. wait yes actually, he hits me', 'no wait yes, my uncle touches me'])('"%s": the disclosure is heard first', async (typed) => {
    ({ chat } = await startWith(PAUL));
    await chat.say('a sticker chart');
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
