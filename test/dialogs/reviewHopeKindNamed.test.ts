import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';
import { atReviewSummary, confirmedOutcome } from './reviewSeed';

/*
 * Robyn, 19, at the review: four hopes, the last of them a worry kept as a hope, and two goals,
 * the second about customers. "isnt a hope" or "the hope about" names the kind of part meant.
 */
function robynAtReview(): Seed {
  return {
    today: '2026-12-02',
    name: 'Robyn',
    age: 19,
    hopes: [
      { text: 'get a job in the games shop', theme: 'learning_and_work', needs: [] },
      { text: 'have my own place', theme: 'independent_living', needs: [] },
      { text: 'go to the gym more', theme: 'health_and_wellbeing', needs: [] },
      { text: 'I get anxious talking to customers and I mess up with money', theme: null, needs: [] },
    ],
    change: (draft) => {
      const first = confirmedOutcome(draft, 1, 'By July 2027, I will pay my own bills.', { timeframe: { phrase: 'by july 2027', date: '2027-07-31' }, measure: 'i pay on time' });
      return confirmedOutcome(first.draft, 0, 'By July 2027, I will serve customers on the till.', { timeframe: { phrase: 'by july 2027', date: '2027-07-31' }, measure: 'my manager says so' }).draft;
    },
    at: atReviewSummary,
  };
}

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const WORRY = 'I get anxious talking to customers and I mess up with money';

describe('the kind of part said picks the part', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"isnt a hope" offers the hope about customers, not the goal', async () => {
    ({ chat } = await startWith(robynAtReview()));
    const reply = said(await chat.say('the customers one isnt a hope its a problem, take it out'));
    expect(reply).toContain(WORRY);
    expect(reply).not.toContain('serve customers');
  });

  it('"no not that, the hope about customers" after a no offers that hope', async () => {
    ({ chat } = await startWith(robynAtReview()));
    const first = said(await chat.say('delete the till one'));
        expect(first).toContain('serve customers on the till');
    const reply = said(await chat.say('no not that, the hope about customers'));
    expect(reply).toContain(WORRY);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('"add something hard for the games shop hope: ..." adds a hard thing under that hope', async () => {
    ({ chat } = await startWith(robynAtReview()));
    const reply = said(await chat.say('add something hard for the games shop hope: i get anxious talking to customers'));
    expect(reply).toContain('i get anxious talking to customers');
    expect(reply).not.toMatch(/hope to the plan/i);
    await chat.say('yes pls');
    const draft = (await chat.draft())!;
    const shop = draft.aspirations.find((a) => a.text.includes('games shop'))!;
    const need = draft.needs.find((n) => n.text.includes('anxious talking to customers'))!;
    expect(need.aspirationIds).toEqual([shop.id]);
    expect(draft.aspirations).toHaveLength(4);
  });
});
