import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { parentAtReview } from './reviewSeed';

/* Carmen, mum of Luca (5), at the review, changes one part of Luca's goal by naming it her way. */

const GOAL = 'By July 2027, Luca will put his shoes on by himself.';
const CARMEN = parentAtReview(
  { name: 'Luca', age: 5, schoolYear: 1 },
  { text: 'Luca to get ready for school on his own', theme: 'independent_living', needs: ['he gets upset by loud noises like the dryer'] },
  { statement: GOAL, timeframe: { phrase: 'by july 2027', date: '2027-07-22' }, measure: 'mum sees him do it', doesForMe: 'he would feel proud', makesPossible: 'get to school on time' },
);

const goal = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!;

describe('Carmen names a part of the goal as "the what it would do for Luca part"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('asked at the list, it opens what it would do for Luca, never the goal sentence', async () => {
    ({ chat } = await startWith(CARMEN));
    const asked = saidIn(await chat.say('can i change the what it would do for Luca part of the first outcome'));
    expect(asked).toMatch(/"he would feel proud"/);
    expect(asked).not.toMatch(/put his shoes on/);
    await chat.say('he would feel happy and grown up');
    expect((await goal(chat)).doesForMe).toBe('he would feel happy and grown up');
    expect((await goal(chat)).statement).toBe(GOAL);
  });

  it('"the what it would do for luca part" where the goal sentence is asked picks that part and asks what it should say', async () => {
    ({ chat } = await startWith(CARMEN));
    await chat.say('change the first outcome');
    const reply = saidIn(await chat.say('the what it would do for luca part'));
    expect(reply).not.toMatch(/changed/i);
    expect(reply).toMatch(/"he would feel proud"/);
    expect(chat.step).toBe(Step.reviewChange);
    expect((await goal(chat)).statement).toBe(GOAL);
    // Said again where that part's words are asked, it is still no new words.
    await chat.say('the what it would do for luca part');
    expect((await goal(chat)).doesForMe).toBe('he would feel proud');
  });

  it('a goal sentence that reads as pointing at a part is read back for a yes, and a no keeps the goal', async () => {
    ({ chat } = await startWith(CARMEN));
    await chat.say('change the first outcome');
    const checked = saidIn(await chat.say('the putting his shoes on by himself part'));
    expect(checked).toMatch(/\?/);
    expect(checked).not.toMatch(/I've changed/);
    expect((await goal(chat)).statement).toBe(GOAL);
    await chat.say('no');
    expect((await goal(chat)).statement).toBe(GOAL);
  });

  it('a real new sentence for the goal is still kept straight away', async () => {
    ({ chat } = await startWith(CARMEN));
    await chat.say('change the first outcome');
    const reply = saidIn(await chat.say('Luca will put his shoes and coat on by himself'));
    expect(reply).toMatch(/changed/i);
    expect((await goal(chat)).statement).toMatch(/shoes and coat on by himself/);
  });
});
