import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { atReviewSummary, withConfirmedOutcomes } from './reviewSeed';

/*
 * Dev (17, catering level 1) at the review asks to fix one part by its place or its subject: "the
 * first outcome says both by next summer, can you fix it". The part named is opened straight away
 * ("Now it says ... What would you like it to say instead?"), never a list of every part.
 */
const CHEF = 'By both by next summer (July 2027), I will pass my level 1.';
const MONEY = 'In a year (by December 2027), I will save 20 pounds a week.';

const dev = async () => {
  const { chat } = await startWith({
    today: '2026-12-06',
    name: 'Dev',
    age: 17,
    hopes: [
      { text: 'be a chef', theme: 'learning_and_work', needs: ['i cant see small print on recipes'] },
      { text: 'have my own money', theme: 'independent_living', needs: ['i spend it all at once'] },
    ],
    change: (draft) =>
      withConfirmedOutcomes(draft, (i) =>
        i === 0
          ? { statement: CHEF, timeframe: { phrase: 'both by next summer', date: '2027-07-22' }, measure: 'my tutor signs it off' }
          : { statement: MONEY, timeframe: { phrase: 'in a year', date: '2027-12-06' }, measure: 'my bank app shows it' },
      ),
    at: atReviewSummary,
  });
  return chat;
};

describe('a part named by its place or subject at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['the first outcome says both by next summer, can you fix it', CHEF],
    ['outcome 2 is wrong, can you fix it', MONEY],
    ['can you fix the money outcome', MONEY],
    ['the last hope is wrong can you change it', 'have my own money'],
  ])('"%s" opens that part at once', async (typed, words) => {
    chat = await dev();
    const said = saidIn(await chat.say(typed));
    expect(said).toContain(`Now it says: "${words.slice(0, 40)}`);
    expect(said).toMatch(/What would you like it to say instead\?/);
    expect(chat.step).toBe(Step.reviewChange);
  });
});
