import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn as said, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the read-back, "what about sleep? thats a big one" and "did you get the friend bit?": when the
 * plan does not say it yet, the person is told so and asked for a hope about it in their own words;
 * the words of the question are never kept. When the plan says it, what was kept is read back.
 */

const SEED = samAtReview(11, [
  { text: 'get the bus to college', theme: 'independent_living', needs: ['I get lost on buses'] },
  { text: 'have a friend to hang out with', theme: 'friends_and_community', needs: ['I find talking to new people hard'] },
], (draft) => withConfirmedOutcomes(draft, (i) => ({
  statement: ['By July 2027, I will take the bus to college on my own.', 'By July 2027, I will meet a friend at the youth club once a week.'][i]!,
  timeframe: { phrase: 'by july', date: '2027-07-22' },
  measure: 'my mum sees it',
})));

describe('a thing asked about at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"what about sleep? thats a big one": not in the plan yet, a hope about sleep asked for, the question never kept', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('what about sleep? thats a big one'));
    expect(asked).toMatch(/"sleep" is not in your plan yet/);
    expect(asked).toMatch(/hope about sleep/);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('I want to sleep better');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toContain('I want to sleep better');
    expect(JSON.stringify(draft)).not.toMatch(/big one|what about/);
  });

  it('"did you get the friend bit?" reads back what was kept about a friend', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('did you get the friend bit?'));
    expect(asked).toMatch(/friend/);
    expect(asked).not.toMatch(/not in your plan/);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('"did you get the friend bit?" with no friend in the plan offers to add it', async () => {
    ({ chat } = await startWith({
      ...SEED,
      hopes: [SEED.hopes[0]!, { text: 'learn to swim', theme: 'health_and_wellbeing', needs: ['I am scared of water'] }],
      change: (draft) => withConfirmedOutcomes(draft, (i) => ({ statement: ['By July 2027, I will take the bus to college on my own.', 'By July 2027, I will swim 10 lengths.'][i]!, timeframe: { phrase: 'by july', date: '2027-07-22' } })),
    }));
    const asked = said(await chat.say('did you get the friend bit?'));
    expect(asked).toMatch(/"friend" is not in your plan yet/);
    expect(chat.step).toBe(Step.reviewChange);
  });

  it('"what about my dad hitting me?" is still heard as a worry, never asked as a hope', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('what about my dad hitting me?'));
    expect(asked).not.toMatch(/not in your plan/);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
