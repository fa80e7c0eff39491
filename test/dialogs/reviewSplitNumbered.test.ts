import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe, addProvision, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';
import { amirAtReview, confirmedOutcome } from './reviewSeed';

/*
 * Amir, 20, in easy read: "split 4" at the review, where 4 is "reading and travel". It was not
 * understood. Now the parts are read back ("reading", "travel") and after a yes the one hard thing
 * is two, both still under his job hope and linked to his job goal. A goal with two things to do
 * becomes two goals with the same time; a part with one thing asks for its new words.
 */

const withStrength = (draft: Draft): Draft => addAboutMe(draft, 'strengths', 'i am kind');

describe('"split 4" at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('reads back the parts of "reading and travel", and after "yes" it is two hard things', async () => {
    ({ chat } = await startWith(amirAtReview(withStrength)));
    await chat.say('split 4');
    expect(chat.step).toBe(Step.reviewChange);
    const asked = chat.lastQuestion!.activity.text ?? '';
    expect(asked).toContain('reading and travel');
    // One part a line (the dash is escaped so it shows as typed).
    expect(asked).toMatch(/\n\\?- reading\n\\?- travel$/);
    expect((await chat.draft())!.needs).toHaveLength(2);
    await chat.say('yes');
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => n.text)).toEqual(['reading', 'travel', 'i cant cook']);
    const job = draft.aspirations[0]!.id;
    expect(draft.needs[1]!.aspirationIds).toEqual([job]);
    expect(draft.outcomes[0]!.needIds).toEqual([draft.needs[0]!.id, draft.needs[1]!.id]);
  });

  it('"no" leaves it as it was', async () => {
    ({ chat } = await startWith(amirAtReview(withStrength)));
    await chat.say('can you split number 4 into 2');
    await chat.say('no');
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual(['reading and travel', 'i cant cook']);
  });

  it('a goal with two things to do becomes two goals, with the same time and hope', async () => {
    const twoThings = amirAtReview((d) => {
      const goal = confirmedOutcome(d, 0, 'In a year (by December 2027), I will get a job in a shop and learn to use the till.', { timeframe: { phrase: 'in a year', date: '2027-12-06' } });
      return addProvision(goal.draft, goal.id, 'job coach', 'education').draft;
    });
    ({ chat } = await startWith(twoThings));
    await chat.say('split the till one');
    expect(chat.lastQuestion!.activity.text).toContain('I will learn to use the till.');
    await chat.say('yes please');
    const draft = (await chat.draft())!;
    const statements = draft.outcomes.map((o) => o.statement);
    expect(statements).toContain('In a year (by December 2027), I will get a job in a shop.');
    expect(statements).toContain('In a year (by December 2027), I will learn to use the till.');
    const till = draft.outcomes.find((o) => o.statement.includes('till'))!;
    expect(till.aspirationId).toBe(draft.aspirations[0]!.id);
    expect(till.timeframe?.date).toBe('2027-12-06');
  });

  it('a part with one thing in it asks for its new words', async () => {
    ({ chat } = await startWith(amirAtReview(withStrength)));
    await chat.say('split 5');
    expect(chat.step).toBe(Step.reviewChange);
    expect(chat.lastQuestion!.activity.text).toContain('i cant cook');
    expect((await chat.draft())!.needs).toHaveLength(2);
  });
});
