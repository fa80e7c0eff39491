import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { removeItem, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

const READ: SeedHope = { text: 'read books on my own', theme: 'learning_and_work', needs: ['long words are hard'] };
const FRIENDS: SeedHope = { text: 'have more friends', theme: 'friends_and_community', needs: ['people dont talk to me'] };

const GOALS = ['By July 2025, I will read a short book on my own.', 'By July 2025, I will talk to someone new at lunch.'];
const withGoals = (draft: Draft) => withConfirmedOutcomes(draft, (i) => ({ statement: GOALS[i]!, timeframe: { phrase: 'by July', date: '2025-07-18' }, measure: 'my teacher sees it' }));
/** Only the reading hope has its goal: the friends hope was left without one. */
const friendsWithoutGoal = (draft: Draft) => {
  const seeded = withGoals(draft);
  return removeItem(seeded, seeded.outcomes[1]!.id);
};

describe('at the review, a part said to be missing is found, or added', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const words of ['you missed the friend one', "where's the one about friends"]) {
    it(`"${words}": the friends hope with no goal gets its goal now`, async () => {
      ({ chat } = await startWith(samAtReview(9, [READ, FRIENDS], friendsWithoutGoal)));
      const replies = await chat.say(words);
      expect(saidIn(replies)).toContain('have more friends');
      expect(chat.step).toBe(Step.outcomeStep);
      const friends = (await chat.draft())!.aspirations[1]!;
      expect(chat.lastQuestion?.topic).toBe(friends.id);
      await chat.say('talk to one new person at lunch every week');
      expect(chat.step).toBe(Step.outcomeWhen);
      expect((await chat.draft())!.outcomes.some((o) => o.aspirationId === friends.id)).toBe(true);
    });
  }

  it('a hope that has its goal is shown with it, and nothing is added', async () => {
    ({ chat } = await startWith(samAtReview(9, [READ, FRIENDS], withGoals)));
    const before = (await chat.draft())!;
    const replies = await chat.say('you forgot my friends one');
    expect(saidIn(replies)).toContain('talk to someone new at lunch');
    expect(chat.step).toBe(Step.reviewSummary);
    const after = (await chat.draft())!;
    expect(after.aspirations).toHaveLength(before.aspirations.length);
    expect(after.outcomes).toHaveLength(before.outcomes.length);
  });

  it('something not in the plan is asked for as a new hope in their words, never stored as "the one about swimming"', async () => {
    ({ chat } = await startWith(samAtReview(9, [READ, FRIENDS], withGoals)));
    await chat.say('wheres the one about swimming');
    expect(chat.step).toBe(Step.reviewChange);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).not.toContain('wheres the one about swimming');
    await chat.say('i want to swim a length on my own');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toContain('i want to swim a length on my own');
  });
});
