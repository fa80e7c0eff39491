import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * "change the job hope to working in a games shop": "the job hope" names a hope, even when a goal
 * says "job" too; its words change after a yes, and the goal stays as it was.
 */

const SEED = samAtReview(11, [
  { text: 'I want a job when I leave school', theme: 'learning_and_work', needs: ['I find interviews scary'] },
  { text: 'live on my own', theme: 'independent_living', needs: ['I cant cook'] },
], (draft) => withConfirmedOutcomes(draft, (i) => ({
  statement: ['By July 2026, I will get a Saturday job in a shop.', 'By July 2026, I will cook tea once a week.'][i]!,
  timeframe: { phrase: 'by july', date: '2026-07-22' },
  measure: 'my mum sees it',
})));

describe('"the job hope" at the review', () => {
  let chat: Transcript;
  let seeded: Awaited<ReturnType<typeof startWith>>['seeded'];
  afterEach(async () => chat?.close());

  it('changes the hope\'s words after a yes, never the goal\'s', async () => {
    ({ chat, seeded } = await startWith(SEED));
    await chat.say('change the job hope to working in a games shop');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('I want a job when I leave school');
    expect(chat.lastQuestion!.activity.text).not.toContain('Saturday job');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations[0]!.text).toMatch(/working in a games shop/);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(seeded.outcomes.map((o) => o.statement));
  });

  it('when no hope says "job", the hopes are offered to pick from, never the goal that says it', async () => {
    ({ chat, seeded } = await startWith({ ...SEED, hopes: [{ ...SEED.hopes[0]!, text: 'earn my own money when I leave school' }, SEED.hopes[1]!] }));
    await chat.say('change the job hope to working in a games shop');
    expect(chat.step).toBe(Step.reviewChange);
    const asked = chat.lastQuestion!;
    expect([asked.activity.text, ...asked.choices].join('\n')).not.toContain('Saturday job');
    expect(asked.choices.map((c) => c.replace(/^\d+\.\s*/, ''))).toEqual(['earn my own money when I leave school', 'live on my own']);
    await chat.say('1');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations[0]!.text).toMatch(/working in a games shop/);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(seeded.outcomes.map((o) => o.statement));
  });
});
