import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { leoAtReview } from './reviewSeed';

/*
 * At the review, "take out biscit from the lego one" takes that word out of the part of the lego
 * goal that holds it, and nothing else. Typed where new words for a goal are asked, "take out
 * biscit" or "add with my brother to it" is done to the words it has now, never kept as its words.
 * ("change the lego one" alone asks whether the hope or the goal is meant: both are about lego.)
 */

const parts = (draft: Draft) => ({
  aboutMe: draft.aboutMe,
  hopes: draft.aspirations.map((a) => a.text),
  outcomes: draft.outcomes.map((o) => ({ statement: o.statement, doesForMe: o.doesForMe, makesPossible: o.makesPossible, measure: o.measure })),
});

const LEO = leoAtReview();

describe('words taken out of a goal at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['take out biscit from the lego one', 'take biscit out of the lego one', 'remove the word biscit from the lego goal'])('"%s", then "yes", takes only that bit out of what the lego goal does for him', async (typed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(LEO));
    const asked = saidIn(await chat.say(typed));
    expect(asked).toMatch(/biscit/);
    expect(chat.step).toBe('review.change');
    await chat.say('yes');
    const before = parts(seeded);
    const after = parts((await chat.draft())!);
    expect(after.outcomes[0]!.doesForMe).toBe('i feel proud');
    expect(after).toEqual({ ...before, outcomes: [{ ...before.outcomes[0]!, doesForMe: 'i feel proud' }, before.outcomes[1]] });
  });

  it('"no" after "take out biscit from the lego one" leaves everything as it was', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(LEO));
    await chat.say('take out biscit from the lego one');
    await chat.say('no');
    expect(parts((await chat.draft())!)).toEqual(parts(seeded));
  });
});

describe('an instruction typed as the new words of a goal', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['take out biscit', { doesForMe: 'i feel proud' }],
    ['delete the bit about biscit', { doesForMe: 'i feel proud' }],
    ['take out big', { statement: 'By July 2027, I will build a lego set on my own.' }],
    ['add with my brother to it', { statement: 'By July 2027, I will build a big lego set on my own with my brother.' }],
  ])('"change the lego goal", then "%s", then "yes"', async (typed, changed) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(LEO));
    await chat.say('change the lego goal');
    const asked = saidIn(await chat.say(typed));
    expect(asked).toMatch(/\?/);
    await chat.say('yes');
    const before = parts(seeded);
    const after = parts((await chat.draft())!);
    expect(after).toEqual({ ...before, outcomes: [{ ...before.outcomes[0]!, ...changed }, before.outcomes[1]] });
    expect(JSON.stringify(after)).not.toMatch(/take out|delete the bit|add with/);
  });

  it('"remove chocolate" when the goal has no such words says so and asks again, nothing changed', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(LEO));
    await chat.say('change the lego goal');
    const asked = saidIn(await chat.say('remove chocolate'));
    expect(asked).toMatch(/chocolate/);
    expect(chat.step).toBe('review.change');
    expect(parts((await chat.draft())!)).toEqual(parts(seeded));
  });
});
