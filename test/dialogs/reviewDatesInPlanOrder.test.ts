import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { amirAtReview, danAtReview } from './reviewSeed';

/*
 * One new date for several goals at the review: the goals are read back in the plan's order,
 * whatever order they were named in, and after a yes each goal's date and sentence change and are
 * read back again in that order. Only the dates change.
 */

describe('one new date for several goals', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"change the job one and the cook one to june 2028" reads back the cook goal first, as the plan has it', async () => {
    ({ chat } = await startWith(danAtReview()));
    await chat.say('change the job one and the cook one to june 2028');
    expect(chat.step).toBe(Step.reviewChange);
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked.indexOf('cook my own tea')).toBeGreaterThan(-1);
    expect(asked.indexOf('cook my own tea')).toBeLessThan(asked.indexOf('get a paid job'));
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.timeframe?.date.slice(0, 7))).toEqual(['2028-06', '2028-06']);
    expect(draft.outcomes[0]!.statement).toMatch(/cook my own tea every day in the flat/);
    expect(draft.outcomes[1]!.statement).toMatch(/get a paid job/);
    const told = chat.all.map((a) => a.text ?? '').find((t) => t.includes('The goals now say')) ?? '';
    expect(told.indexOf('cook my own tea')).toBeLessThan(told.indexOf('get a paid job'));
    expect(draft.outcomes[0]!.measure).toBe('dad sees me cook');
  });

  it('Amir: "change all the dates to june 2028", then "no" leaves them as they were', async () => {
    ({ chat } = await startWith(amirAtReview()));
    await chat.say('change all the dates to june 2028');
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked.indexOf('get a job in a shop')).toBeLessThan(asked.indexOf('cook my tea'));
    await chat.say('no');
    expect((await chat.draft())!.outcomes.map((o) => o.timeframe?.date)).toEqual(['2027-12-06', '2027-12-06']);
  });
});
