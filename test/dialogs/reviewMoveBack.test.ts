import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/*
 * Dan moves his job goal to the flat hope by naming both in a few words, then changes his mind:
 * "put it back" offers the goal back to the job hope, and a yes moves it. "put it back" is never a new hope.
 */

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const hopeOfJobGoal = async (chat: Transcript) => {
  const draft = (await chat.draft())!;
  const goal = draft.outcomes.find((o) => /paid job/.test(o.statement))!;
  return draft.aspirations.find((a) => a.id === goal.aspirationId)?.text;
};

describe('moving an outcome to another hope, and back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"move the job one to the flat hope" moves it after a yes; "put it back" returns it after a yes', async () => {
    ({ chat } = await startWith(danAtReview()));
    expect(said(await chat.say('move the job one to the flat hope'))).toMatch(/live in a flat with sam/);
    await chat.say('yes');
    expect(await hopeOfJobGoal(chat)).toBe('live in a flat with sam');
    const back = said(await chat.say('put it back'));
    expect(back).toMatch(/get a job with money/);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(await hopeOfJobGoal(chat)).toBe('get a job with money');
    expect(draft.aspirations.map((a) => a.text)).toEqual(['live in a flat with sam', 'get a job with money']);
  });

  it('"oops undo that" after a move, then "no", leaves it where it was moved', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('move the job one to the flat hope');
    await chat.say('yes');
    await chat.say('oops undo that');
    await chat.say('no');
    expect(await hopeOfJobGoal(chat)).toBe('live in a flat with sam');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });
});
