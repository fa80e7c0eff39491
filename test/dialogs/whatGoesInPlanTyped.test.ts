import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * A parent asks whether a hard thing at home or with health belongs in the plan at all ("does
 * bedwetting go in an EHC plan?"). It is answered (yes, and the key worker helps decide), the
 * question is asked again, and nothing is kept; at the review's summary too.
 */

const LEO = { name: 'Leo', age: 7, schoolYear: 2 };
const DRY: SeedHope = { text: 'to be dry at night and happy', theme: 'health_and_wellbeing', needs: [] };
const ANSWERED = /What is hard can be written in the plan, at home and with health too.*key worker helps decide/s;

describe('"does bedwetting go in an EHC plan?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'does bedwetting go in an EHC plan?',
    'is bedwetting something that goes in the plan?',
    'sorry does stuff at home like bedwetting go in his ehcp',
    'should wetting the bed go in his plan?',
    'what can go in the plan? he still wets the bed',
  ])('%j at "what makes it hard?": answered, asked again, nothing kept', async (typed) => {
    ({ chat } = await startWith(parentSeed(LEO, [DRY], { at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) })));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(ANSWERED);
    expect(said).not.toMatch(/ask for that in the plan|didn't catch/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.needs).toHaveLength(0);
  });

  it.each(['does bedwetting go in an EHC plan?', 'does stuff at home go in the plan?'])('%j at the review: answered, not "didn\'t catch that"', async (typed) => {
    ({ chat } = await startWith(danAtReview()));
    const before = JSON.stringify(await chat.draft());
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(ANSWERED);
    expect(said).not.toMatch(/didn't catch/);
    expect(chat.step).toBe(Step.reviewSummary);
    const after = await chat.draft();
    expect(JSON.stringify({ ...after, updatedAt: undefined })).toBe(JSON.stringify({ ...JSON.parse(before), updatedAt: undefined }));
  });
});
