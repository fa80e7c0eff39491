import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as said, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * "just write: less noise" as the new words for a hope picked at the review: the words after
 * "just write:" replace the hope's words (never added on its end), and the reply names the hope
 * that changed and what it says now.
 */

const SEED = samAtReview(11, [
  { text: 'get the bus to college', theme: 'independent_living', needs: ['I get lost on buses'] },
  { text: 'work in a kitchen', theme: 'learning_and_work', needs: ['noise makes me upset'] },
], (draft) => withConfirmedOutcomes(draft, (i) => ({
  statement: ['By July 2027, I will take the bus to college on my own.', 'By July 2027, I will help in the college kitchen once a week.'][i]!,
  timeframe: { phrase: 'by july', date: '2027-07-22' },
})));

describe('"just write: less noise" for a hope at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('replaces the kitchen hope\'s words and names the hope that changed', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change the kitchen hope');
    const reply = said(await chat.say('just write: less noise'));
    expect(reply).toMatch(/changed "work in a kitchen"\. Now it says "less noise"/);
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['get the bus to college', 'less noise']);
    expect(JSON.stringify(draft)).not.toMatch(/just write/);
  });

  it('"write also: less noise" still adds the words on the end, after a yes', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change the kitchen hope');
    const asked = said(await chat.say('write also: with less noise'));
    expect(asked).toMatch(/work in a kitchen with less noise/);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations[1]!.text).toMatch(/^work in a kitchen with less noise/);
  });
});
