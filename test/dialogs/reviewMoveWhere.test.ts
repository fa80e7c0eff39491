import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { SAM_SWIM, SAM_TOILET, samSwimAndToilet } from './reviewSeed';

/*
 * At the review, "move it" means move a part to another hope or section. Where it goes is asked
 * (which outcome, then which hope); the goals are never put in a new order without being told.
 */

describe('"move it" at the review asks where, never reorders', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['move it', 'can you move it pls', 'i want to move something'])('"%s" asks which outcome should move, and nothing moves yet', async (typed) => {
    ({ chat } = await startWith(samSwimAndToilet()));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/Which outcome should move\?/);
    expect(said).not.toMatch(/Add this hope|didn't catch/);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual([SAM_SWIM, SAM_TOILET]);
    expect(draft.aspirations).toHaveLength(2);
  });

  it.each(['can you move the swimming one', 'the swimming goal needs to be moved'])('"%s" asks which hope it is for, then moves it there', async (typed) => {
    ({ chat } = await startWith(samSwimAndToilet()));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/Which hope is "By July 2026, I will swim 5 metres with armbands\.?" for\?/);
    const [swim, toilet] = (await chat.draft())!.aspirations;
    await chat.say('the toilet one');
    if (chat.step === Step.reviewChange && /Move/.test(chat.lastQuestion?.activity.text ?? '')) await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes.find((o) => o.statement === SAM_SWIM)?.aspirationId).toBe(toilet!.id);
    expect(draft.outcomes.find((o) => o.statement === SAM_SWIM)?.aspirationId).not.toBe(swim!.id);
  });
});
