import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn as said, startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the review "6 take out the mum bit" is a part of the words of part 6, never the whole part;
 * and "change it back" after a complaint about a change puts that change back and says so.
 * ("change the bus one" fits both the bus hope and the bus goal, so the bot asks which one first.)
 */

const STATEMENTS = [
  'By the end of Year 11, I will make a portfolio of my tattoo designs.',
  'In 6 months (by June 2027), I will get the bus to my nans on my own once a week.',
];

const SEED: Seed = samAtReview(
  10,
  [
    { text: 'tattoo artist', theme: 'learning_and_work', needs: ['mum thinks its not a real job'] },
    { text: 'get the bus to my nans on my own. mum wont let me yet cos i got lost once', theme: 'independent_living', needs: ['i get lost easy'] },
  ],
  (draft: Draft) => withConfirmedOutcomes(draft, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by July 2027', date: '2027-07-23' } })),
);

describe('a bit of a part taken out, and a change put back, at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"2 take out the mum bit" takes the sentence about mum out of part 2, never the whole hope', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('2 take out the mum bit'));
    expect(asked).not.toMatch(/would go too/);
    if (chat.step !== Step.reviewSummary) await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['tattoo artist', 'get the bus to my nans on my own.']);
  });

  it('"wtf the bus outcome says ... change it back" puts the last change back and says so', async () => {
    ({ chat } = await startWith(SEED));
    // The hope and the goal both talk about the bus, so the bot asks which one; a person says "the goal".
    expect(said(await chat.say('change the bus one'))).toMatch(/Do you mean your hope or your goal about/);
    expect(said(await chat.say('the goal'))).toMatch(/What would you like it to say instead/);
    await chat.say('get the bus sometimes');
    const changed = (await chat.draft())!;
    expect(changed.outcomes[1]!.statement).toMatch(/get the bus sometimes/);
    const reply = said(await chat.say('wtf the bus outcome says i will get the bus sometimes. change it back'));
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual(STATEMENTS);
    expect(reply).toMatch(/put it back/);
    expect(reply).not.toMatch(/32 parts|Which part/);
  });
});
