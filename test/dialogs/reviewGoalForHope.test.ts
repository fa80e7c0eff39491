import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/* Connor at the review: a goal for a hope he has, a hope there twice, and never "say add a hope" while adding one. */

const OUTCOME = { statement: 'By July 2027, I will use the till at the cafe.', timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'sue sees me' };
/** A cafe hope with its goal; "walk buster more" with a hard thing but no goal yet; and, when asked, "walk buster more" again. */
const seed = (twice = false) =>
  samAtReview(
    14,
    [
      { text: 'wanna work in a cafe n get paid', theme: 'learning_and_work', needs: ['the till confuses me'] },
      { text: 'walk buster more', theme: 'health_and_wellbeing', needs: ['hes a staffie. hes well strong'] },
      ...(twice ? [{ text: 'walk buster more', theme: 'health_and_wellbeing' as const, needs: ['he pulls on the lead'] }] : []),
    ],
    (d) => {
      const withGoals = withConfirmedOutcomes(d, () => OUTCOME);
      // Only the cafe hope has its goal.
      return { ...withGoals, outcomes: withGoals.outcomes.filter((o) => o.aspirationId === d.aspirations[0]!.id) };
    },
  );

describe('a goal for a hope already in the plan, at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['can i do a goal for buster', 'the walk buster one needs a goal'])('"%s" runs the goal questions for that hope and comes back to the review', async (typed) => {
    ({ chat } = await startWith(seed()));
    await chat.say('easy read');
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/add this hope/i);
    expect(chat.step).toBe(Step.outcomeStep);
    const hope = (await chat.draft())!.aspirations.find((a) => a.text === 'walk buster more')!;
    expect(chat.lastQuestion?.topic).toBe(hope.id);
    for (const answer of ['walk him to the park on my own', 'in a year', 'nan sees me go and come back', 'i feel fit', 'go to the park with my mates', 'nan to come the first times', 'yes', 'no']) {
      if (chat.step === Step.reviewSummary) break;
      await chat.say(answer);
    }
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toHaveLength(2);
    expect(draft.outcomes.find((o) => o.aspirationId === hope.id)?.statement).toMatch(/walk him to the park/i);
  });

  it('"no. a goal for the walk buster one" after "add this hope?" adds nothing and makes the goal', async () => {
    ({ chat } = await startWith(seed()));
    await chat.say('add a hope');
    await chat.say('can i do a goal for buster please mate');
    await chat.say('no. a goal for the walk buster one');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });

  it('"walk buster is on there twice" offers to take out the copy; its hard thing moves to the one that stays', async () => {
    ({ chat } = await startWith(seed(true)));
    await chat.say('easy read');
    const asked = saidIn(await chat.say('walk buster is on there twice'));
    expect(asked).toMatch(/twice/);
    expect(chat.step).toBe(Step.reviewChange);
    await chat.say('ye');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['wanna work in a cafe n get paid', 'walk buster more']);
    const kept = draft.aspirations[1]!;
    expect(draft.needs.filter((n) => n.aspirationIds.includes(kept.id)).map((n) => n.text)).toEqual(['hes a staffie. hes well strong', 'he pulls on the lead']);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('while asked "what is your new hope?", asking how to add one is never told to say "add a hope" later', async () => {
    ({ chat } = await startWith(seed()));
    await chat.say('easy read');
    await chat.say('add a hope');
    const said = saidIn(await chat.say('how do i add a hope'));
    expect(said).not.toMatch(/add a hope"? when I read your plan back|at the end/i);
    expect(said).toMatch(/just type your new hope/i);
    await chat.say('walk buster to the shop');
    await chat.say('yes');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['wanna work in a cafe n get paid', 'walk buster more', 'walk buster to the shop']);
  });
});
