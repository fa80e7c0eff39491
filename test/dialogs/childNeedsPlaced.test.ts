import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Margaret, 62, about her granddaughter Ellie-May, 6: talking and letters are learning's (Section B),
 * help in the toilet and being dry at night are everyday care (Section D), not health.
 */

const FRIENDS = { text: 'to make friends and play with other children', theme: 'friends_and_community' as const, needs: [] as string[] };

describe("a young child's needs go to the part of the plan that fits", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ["she can't say many words yet", 'education'],
    ['she finds letters hard', 'education'],
    ["she isn't dry at night yet", 'social_care'],
    ['she needs help in the toilet', 'social_care'],
    ['she still has accidents and needs help in the toilet at school', 'education'],
    ['she has a bowel condition so she needs help in the toilet', 'health'],
  ])('"%s" goes to %s', async (typed, section) => {
    ({ chat } = await startWith({
      today: '2026-12-03', who: 'parent_carer', name: 'Ellie-May', age: 6, schoolYear: 1, hopes: [FRIENDS],
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }));
    await chat.say(typed);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.suggestedSection)).toEqual([section]);
  });
});
