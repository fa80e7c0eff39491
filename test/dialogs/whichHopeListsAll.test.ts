import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/*
 * Becky gave five hopes for Finley; only two had a hard thing written. "Which of your hopes shall we
 * work on next?" offers all five, in the order she gave them. "where have the others gone?" at a
 * shorter list shows every hope.
 */

const HOPES: SeedHope[] = [
  { text: 'to be happy at secondary school', theme: null, needs: [] },
  { text: 'to have a couple of good friends', theme: null, needs: ['he struggles to join in games'] },
  { text: 'for people to believe he is bright', theme: null, needs: [] },
  { text: 'to read for fun', theme: null, needs: ['reading is slow for him'] },
  { text: 'to go on the school residential trip', theme: null, needs: [] },
];
const finley = { name: 'Finley', age: 11, schoolYear: 6 };

describe('"which hope next?" offers every hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a yes to another outcome lists all five hopes, in the order given', async () => {
    ({ chat } = await startWith(parentSeed(finley, HOPES, { at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[1]!.id }) })));
    await chat.say('yes please');
    expect(chat.step).toBe(Step.outcomeAnother);
    const text = chat.lastQuestion?.activity.text ?? '';
    const at = HOPES.map((h) => text.indexOf(h.text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('"where have the others gone?" at a list of two shows all five', async () => {
    ({ chat } = await startWith(parentSeed(finley, HOPES, {
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[1]!.id, data: { which: [d.aspirations[1]!.id, d.aspirations[3]!.id].join(','), next: '1' } }),
    })));
    await chat.say('where have the others gone?');
    expect(chat.step).toBe(Step.outcomeAnother);
    const text = chat.lastQuestion?.activity.text ?? '';
    for (const hope of HOPES) expect(text).toContain(hope.text);
    expect((await chat.draft())?.outcomes).toEqual([]);
    await chat.say('5');
    expect(chat.step).toBe(Step.outcomeStep);
  });
});
