import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Jade said yes to "anything else hard?" and typed "they no what to do if i have a fit", which was
 * kept as a hard thing. "thats not hard thats what helps. the fit thing" moves it, in her words, to
 * what helps with the hard thing before; the correction itself is never kept.
 */

describe('"thats not hard thats what helps. the fit thing"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('moves the fit thing from the hard things to what helps', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Jade',
      age: 24,
      hopes: [{ text: 'get a job in a shop', theme: 'learning_and_work', needs: [] }],
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }));
    await chat.say('doing the till on my own');
    await chat.say('staff at the shop help me');
    await chat.say('yes');
    await chat.say('they no what to do if i have a fit');
    expect((await chat.draft())!.needs).toHaveLength(2);
    const replies = await chat.say('thats not hard thats what helps. the fit thing');
    expect(texts(replies)).toMatch(/fit/);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['doing the till on my own']);
    expect(needs[0]!.helps).toEqual(['staff at the shop help me', 'they no what to do if i have a fit']);
    expect(JSON.stringify(needs)).not.toMatch(/thats not hard/);
  });
});
