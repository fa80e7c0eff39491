import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/*
 * Danielle, a foster carer typing quick lowercase messages, asks what the bot means:
 * "when you say what makes the hope hard do you mean whats getting in the way of it",
 * "what do you mean them, him?", "what does what would it provide mean". Each gets a short plain
 * explanation and the same question again; nothing is kept.
 */
const REECE = (at: Seed['at']): Seed => parentSeed({ name: 'Reece', age: 9, schoolYear: 4 },
  [{ text: 'have a calm morning before school', theme: 'health_and_wellbeing', needs: [] }], { at });

function stageOf(step: string): 'aboutMe' | 'needs' | 'outcomes' {
  if (step.startsWith('aboutMe')) return 'aboutMe';
  return step.startsWith('needs') ? 'needs' : 'outcomes';
}

describe('a carer asks what a question means', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [Step.needsBarrier, 'when you say what makes the hope hard do you mean whats getting in the way of it'],
    [Step.needsBarrier, 'what do you mean them, him?'],
    [Step.aboutMeSupport, 'what do you mean them, him?'],
    [Step.needsHelps, 'what do you mean them, him?'],
    [Step.needsHelps, 'when you say what helps do you mean at home or school'],
    [Step.outcomeProvides, 'what does what would it provide mean'],
    [Step.outcomeDoesForMe, 'what do you mean by what would it do for him'],
  ] as const)('at %s, "%s" is explained and asked again, keeping nothing', async (step, typed) => {
    ({ chat } = await startWith(REECE((draft) => ({ stage: stageOf(step), step, topic: draft.aspirations[0]!.id }))));
    const before = await chat.draft();
    const said = saidIn(await chat.say(typed));
    expect(said.length).toBeGreaterThan(0);
    expect(chat.step).toBe(step);
    const after = await chat.draft();
    expect(after!.needs).toEqual(before!.needs);
    expect(after!.outcomes).toEqual(before!.outcomes);
    expect(after!.aboutMe).toEqual(before!.aboutMe);
  });
});
