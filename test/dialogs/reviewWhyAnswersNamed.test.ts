import { afterEach, describe, expect, it } from 'vitest';
import { ReadingMode, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { leoAtReview } from './reviewSeed';

/*
 * Asked which part to change, a goal's own answers are named the way people say them: "what will
 * it help me do" (what it would make possible), "What it would do for me". That answer of the goal
 * named is changed, in standard words and in easy read alike.
 */

const why = (draft: Draft) => draft.outcomes.map((o) => ({ doesForMe: o.doesForMe, makesPossible: o.makesPossible, statement: o.statement }));

describe("a goal's own answers picked from the change list by name", () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([ReadingMode.standard, ReadingMode.easyRead])('"what will it help me do", "the lego one", new words, "yes" (%s)', async (mode) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(leoAtReview({ mode })));
    await chat.say('i want to change something');
    await chat.say('what will it help me do');
    const shown = saidIn(await chat.say('the lego one'));
    expect(shown).toMatch(/show my friends/);
    await chat.say('show my mates at school');
    if (chat.step === 'review.change') await chat.say('yes');
    const [lego, football] = why((await chat.draft())!);
    const [before, footballBefore] = why(seeded);
    expect(lego).toEqual({ ...before, makesPossible: 'show my mates at school' });
    expect(football).toEqual(footballBefore);
  });

  it('"What it would do for me", then "football", changes what the football goal does for him', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(leoAtReview()));
    await chat.say('i want to change something');
    await chat.say('What it would do for me');
    const shown = saidIn(await chat.say('football'));
    expect(shown).toMatch(/i feel part of a team/);
    await chat.say('i feel happy when we win');
    if (chat.step === 'review.change') await chat.say('yes');
    const [lego, football] = why((await chat.draft())!);
    const [legoBefore, before] = why(seeded);
    expect(football).toEqual({ ...before, doesForMe: 'i feel happy when we win' });
    expect(lego).toEqual(legoBefore);
  });

  it('"what will it help me do" where new words for the lego goal are asked changes that answer, never the goal', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(leoAtReview()));
    await chat.say('change the lego goal');
    const shown = saidIn(await chat.say('what will it help me do'));
    expect(shown).toMatch(/show my friends/);
    await chat.say('show my mates at school');
    if (chat.step === 'review.change') await chat.say('yes');
    const [lego] = why((await chat.draft())!);
    expect(lego).toEqual({ ...why(seeded)[0], makesPossible: 'show my mates at school' });
  });
});
