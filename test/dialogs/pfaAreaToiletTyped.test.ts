import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* A goal typed for a friends hope, about using the toilet or sleeping, is health in the plan's Preparing for Adulthood area. */
const SEED: Seed = {
  today: '2026-12-07', who: 'parent_carer', name: 'Sam', age: 14, schoolYear: 9,
  hopes: [{ text: 'be happy and go to sleepovers with friends', theme: 'friends_and_community', needs: ['he still has accidents'] }],
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[0]!.id, data: {} }),
};

describe('the area of a goal typed under a friends hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['use the toilet on his own', 'sleep in his own bed all night'])('%j is health', async (typed) => {
    ({ chat } = await startWith(SEED));
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0];
    expect(outcome?.statement).toMatch(typed.split(' ').slice(0, 3).join(' '));
    expect(outcome?.pfaArea).toBe('health');
  });
});
