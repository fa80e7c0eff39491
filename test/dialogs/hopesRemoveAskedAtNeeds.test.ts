import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * "can u just delete all the footballer ones pls" at "what makes it hard?" asks to take hopes out:
 * the hopes it names are read back in one question, taken out after a yes (kept after a no), and
 * then the open question is asked again as it stands. Nothing is kept as a hard thing.
 */

const seed: Seed = {
  today: '2026-12-02',
  name: 'Jay',
  age: 13,
  schoolYear: 8,
  hopes: [
    { text: 'to learn to cook my own tea', theme: 'independent_living', needs: [] },
    { text: 'to be a footballer', theme: 'learning_and_work', needs: [] },
    { text: 'to play for a football team', theme: 'friends_and_community', needs: [] },
  ],
  at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
};

describe('a request to take hopes out at the needs questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"delete all the footballer ones": the two hopes are read back, a yes takes them out, then the same question', async () => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say('delete all the footballer ones'));
    expect(said).toMatch(/Take out these 2 hopes/);
    expect(said).toMatch(/"to be a footballer"/i);
    expect(said).toMatch(/football team/);
    expect(said).not.toMatch(/cook my own tea/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.aspirations).toHaveLength(3);
    await chat.say('yes');
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['to learn to cook my own tea']);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
    expect(draft.needs).toEqual([]);
  });

  it('"can u just delete all the footballer ones pls", then "no": all three hopes stay, the same question again', async () => {
    ({ chat } = await startWith(seed));
    await chat.say('can u just delete all the footballer ones pls');
    await chat.say('no');
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(3);
    expect(draft.needs).toEqual([]);
  });

  it('"delete all the swimming ones": no hope holds it, so nothing goes and the same question is asked again', async () => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say('delete all the swimming ones'));
    expect(said).toMatch(/couldn't find/);
    expect(chat.step).toBe(Step.needsBarrier);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(3);
    expect(draft.needs).toEqual([]);
  });

  it('asked about the footballer hope, "delete all the footballer ones" and "yes": the questions go on with the hope kept', async () => {
    ({ chat } = await startWith({ ...seed, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[1]!.id }) }));
    await chat.say('delete all the footballer ones');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['to learn to cook my own tea']);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[0]!.id);
  });

  it('leave alone: "i cant use the oven on my own" is kept as a hard thing', async () => {
    ({ chat } = await startWith(seed));
    await chat.say('i cant use the oven on my own');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['i cant use the oven on my own']);
  });
});
