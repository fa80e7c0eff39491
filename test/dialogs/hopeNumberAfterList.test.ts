import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith, type Seed } from './journeySeed';

/*
 * After the hopes are shown as a numbered list, "6" typed alone is hope 6 of that list: never a button of the
 * question asked again, never kept as an answer, never a reason to move on.
 */
const hopes = ['get the bus to town', 'sleep better', 'make a friend', 'learn to cook', 'go to college', 'swim', 'work with animals'].map((text) => ({ text, theme: null, needs: ['it is hard'] }));
const base: Seed = { today: '2026-12-07', who: 'self', name: 'Kai', age: 15, schoolYear: 10, hopes };
const atMore: Seed = { ...base, at: () => ({ stage: 'hopes', step: Step.hopesMore }) };
const atBarrier: Seed = { ...base, at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('a number typed after the hopes were listed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['at "another hope?"', atMore],
    ['at "what makes it hard?"', atBarrier],
  ] as const)('%s: "which one should I take out?" then "6" offers to take out "swim"', async (_at, seed) => {
    ({ chat } = await startWith(seed));
    const step = chat.step;
    expect(saidIn(await chat.say('some of my hopes are wrong'))).toContain('6: "swim"');
    expect(saidIn(await chat.say('6'))).toMatch(/take out "swim"\?/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).not.toContain('swim');
    expect(draft.aspirations).toHaveLength(6);
    expect(draft.needs.map((n) => n.text)).not.toContain('6');
    expect(chat.step).toBe(step);
  });

  it('"show my hopes" then "6" says which hope number 6 is, and asks the same question again', async () => {
    ({ chat } = await startWith(atMore));
    await chat.say('show my hopes');
    const said = saidIn(await chat.say('6'));
    expect(said).toContain('Number 6 is "swim"');
    expect(chat.step).toBe(Step.hopesMore);
    expect((await chat.draft())!.aspirations).toHaveLength(7);
  });

  it('"9" when there are 7 hopes says there is no hope 9', async () => {
    ({ chat } = await startWith(atBarrier));
    await chat.say('show my hopes');
    expect(saidIn(await chat.say('9'))).toMatch(/hope 9/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())!.needs.map((n) => n.text)).not.toContain('9');
  });

  it('the list counts for the next message only: "6" later is read by the question as before', async () => {
    ({ chat } = await startWith(atMore));
    await chat.say('show my hopes');
    await chat.say('be a vet');
    const said = saidIn(await chat.say('6'));
    expect(said).not.toContain('Number 6 is');
  });
});
