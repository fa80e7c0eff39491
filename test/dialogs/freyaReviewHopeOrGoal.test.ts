import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn as said, startWith, type Seed } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the review a short name like "the bus one" can name a hope and its goal at once. A person who
 * then says "the HOPE not that" is putting right which part, never giving new words; and new
 * words in a hope's shape ("tattoo artist") go to the hope, not to the goal.
 */

const STATEMENTS = [
  'By the end of Year 11, I will make a portfolio of my tattoo designs.',
  'In 6 months (by June 2027), I will get the bus to my nans on my own once a week.',
  'By July 2027, I will put my phone in the kitchen at 11.',
];

const SEED: Seed = samAtReview(
  10,
  [
    { text: 'my hope is tattoo artist', theme: 'learning_and_work', needs: ['mum thinks its not a real job'] },
    { text: 'get the bus to my nans on my own. mum wont let me yet cos i got lost once', theme: 'independent_living', needs: ['i get lost easy'] },
    { text: 'sleep better', theme: 'health_and_wellbeing', needs: ['my brain just goes and goes'] },
  ],
  (draft: Draft) => withConfirmedOutcomes(draft, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by July 2027', date: '2027-07-23' } })),
);

describe('the hope or its goal, named by a short name at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const fix of ['the HOPE not that omg', 'no the hope', 'not that one, the hope']) {
    it(`"change the bus one" then "${fix}" opens the bus hope and changes no goal`, async () => {
      ({ chat } = await startWith(SEED));
      await chat.say('change the bus one');
      const asked = said(await chat.say(fix));
      const draft = (await chat.draft())!;
      expect(draft.outcomes.map((o) => o.statement)).toEqual(STATEMENTS);
      expect(JSON.stringify(draft)).not.toMatch(/HOPE not|the hope|not that/i);
      expect(asked).toMatch(/Now it says: "get the bus to my nans/);
      expect(asked).not.toMatch(/changed that|I've changed "/i);
      expect(chat.step).toBe(Step.reviewChange);
      const done = said(await chat.say('get the bus to my nans on my own'));
      const after = (await chat.draft())!;
      expect(after.aspirations[1]!.text).toBe('get the bus to my nans on my own');
      expect(after.outcomes.map((o) => o.statement)).toEqual(STATEMENTS);
      expect(done).toMatch(/changed/i);
    });
  }

  it('"change the bus hope" opens the hope', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('change the bus hope'));
    expect(asked).toMatch(/Now it says: "get the bus to my nans/);
    expect(asked).not.toMatch(/I will/);
  });

  it('"change the tattoo one to tattoo artist" changes the hope, not the goal', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('change the tattoo one to tattoo artist'));
    if (chat.step !== Step.reviewSummary) await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(asked).not.toMatch(/portfolio/);
    expect(draft.aspirations[0]!.text).toBe('tattoo artist');
    expect(draft.outcomes.map((o) => o.statement)).toEqual(STATEMENTS);
  });

  it('"change the tattoo one to I will draw every day" still changes the goal', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('change the tattoo one to I will draw every day');
    if (chat.step !== Step.reviewSummary) await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations[0]!.text).toBe('my hope is tattoo artist');
    expect(draft.outcomes[0]!.statement).toMatch(/I will draw every day/);
  });

  it('"change the tattoo one to make a sketchbook of designs" is nearer the goal, so changes the goal', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('change the tattoo one to make a sketchbook of designs'));
    expect(asked).toMatch(/portfolio/);
  });
});
