import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/*
 * At the review, "can u move the reading outcome so its not under the independant hope" moves that
 * outcome to another hope: to the only other hope after a yes, or to the hope they pick. The list
 * of outcomes is never put in a new order by it.
 */

const STATEMENTS = ['By July 2027, I will practise reading every day with my mum.', 'By July 2027, I will count the change when I buy my lunch.', 'By July 2027, I will go to a club with a friend once a week.'];
const HOPES: SeedHope[] = [
  { text: 'to be more independent', theme: 'independent_living', needs: ['I find reading hard'] },
  { text: 'to get a job in a shop', theme: 'learning_and_work', needs: ['I get muddled with money'] },
  { text: 'to have more friends', theme: 'friends_and_community', needs: ['I am shy'] },
];
const MOVE = 'can u move the reading outcome so its not under the independant hope';

const withOutcomes = (draft: Draft): Draft =>
  withConfirmedOutcomes(draft, (i) => ({ statement: STATEMENTS[i]!, timeframe: { phrase: 'by July 2027', date: '2027-07-23' } }));
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');
const hopeOfReading = async (chat: Transcript) => {
  const draft = (await chat.draft())!;
  const outcome = draft.outcomes.find((o) => o.statement === STATEMENTS[0])!;
  return draft.aspirations.find((a) => a.id === outcome.aspirationId)?.text;
};

describe('an outcome moved away from a hope at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('with one other hope, the move to it is read back, and a yes moves it; the order stays', async () => {
    ({ chat } = await startWith(samAtReview(10, HOPES.slice(0, 2), withOutcomes)));
    const order = (await chat.draft())!.outcomes.map((o) => o.id);
    const asked = texts(await chat.say(MOVE));
    expect(chat.step).toBe(Step.reviewChange);
    expect(asked).toContain('to get a job in a shop');
    await chat.say('yes');
    expect(await hopeOfReading(chat)).toBe('to get a job in a shop');
    expect((await chat.draft())!.outcomes.map((o) => o.id)).toEqual(order);
  });

  it('with two other hopes, which hope is asked, and the one picked gets it', async () => {
    ({ chat } = await startWith(samAtReview(10, HOPES, withOutcomes)));
    const order = (await chat.draft())!.outcomes.map((o) => o.id);
    await chat.say(MOVE);
    expect(chat.step).toBe(Step.reviewChange);
    expect(await hopeOfReading(chat)).toBe('to be more independent');
    await chat.say('the friends one');
    expect(await hopeOfReading(chat)).toBe('to have more friends');
    expect((await chat.draft())!.outcomes.map((o) => o.id)).toEqual(order);
  });
});
