import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { jadeAtReview } from './reviewSeed';

/*
 * At the review, words named without quotes ("take out the so many questions man bit", "delete the
 * words so many questions man") are looked for in every part of the plan, a goal's own answers too:
 * the part holding them is offered, never an unrelated hope. Words no part holds are said not found.
 */

const SEED = jadeAtReview([{ makesPossible: 'go out with friends so many questions man' }]);

describe('words named to take out at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"take out the so many questions man bit" offers those words out of what the goal makes possible', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('take out the so many questions man bit');
    expect(chat.step).toBe(Step.reviewChange);
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked).toContain('so many questions man');
    expect(asked).not.toMatch(/goals go too|would go too/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.outcomes[0]!.makesPossible).toMatch(/^go out with friends\.?$/);
  });

  it('"can u just delete the words so many questions man" does the same', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('can u just delete the words so many questions man');
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked).toContain('so many questions man');
    expect(asked).not.toMatch(/would go too/);
  });

  it('a whole answer named as words is offered to come out, and only that answer goes', async () => {
    ({ chat } = await startWith(jadeAtReview([{ makesPossible: 'so many questions man' }])));
    await chat.say('take out the so many questions man bit');
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked).toContain('so many questions man');
    expect(asked).not.toMatch(/would go too/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.outcomes).toHaveLength(2);
    expect(draft.outcomes[0]!.makesPossible ?? '').not.toContain('questions');
  });

  it('words no part holds are said not found, and nothing is offered to go', async () => {
    ({ chat } = await startWith(SEED));
    const replies = await chat.say('delete the words purple flying elephants');
    const asked = replies.map((r) => r.text ?? '').join(' ');
    expect(asked).not.toMatch(/would go too|Take out number/);
    expect(asked).toContain('purple flying elephants');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });
});
