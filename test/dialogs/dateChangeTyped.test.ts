import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as said, startWith, type Seed } from './journeySeed';

/*
 * A father asks for a new date for an outcome already made ("can we change the easter one to the
 * summer"): only that outcome's date (and the sentence that says it) changes, after a yes that
 * names the outcome and the new date. Hopes' and outcomes' words are never replaced by the time.
 */

function withOutcomes(draft: Draft): Draft {
  const [talk, friend] = draft.aspirations;
  const a = startOutcome(draft, { statement: 'By Easter 2027, Sami will say 10 words to ask for things.', aspirationId: talk!.id, needIds: [] });
  const a2 = updateOutcome(a.draft, a.outcome.id, { timeframe: { phrase: 'by Easter 2027', date: '2027-03-26' }, measure: 'his teacher counts his words', confirmed: true });
  const b = startOutcome(a2, { statement: 'By July 2027, Sami will play a game with one other child.', aspirationId: friend!.id, needIds: [] });
  return updateOutcome(b.draft, b.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'staff see him play', confirmed: true });
}

const SEED: Seed = parentSeed({ name: 'Sami', age: 6, schoolYear: 1 }, [
  { text: 'I hope he will talk more', theme: 'learning_and_work', needs: ['he has few words'] },
  { text: 'to have a friend', theme: 'friends_and_community', needs: ['other children do not understand him'] },
], { today: '2026-12-02', change: withOutcomes, at: () => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: undefined }) });


describe('a new date for an outcome already made, at "another outcome?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['can we change the easter one to the summer', 'move the talking one to july please'])('"%s" changes only that date, after a yes', async (typed) => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say(typed));
    expect(asked).toMatch(/Change the date of "By Easter 2027, Sami will say 10 words to ask for things" to .*July 2027/i);
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I hope he will talk more', 'to have a friend']);
    const [first, second] = draft.outcomes;
    expect(first!.timeframe?.date).toMatch(/^2027-07/);
    expect(first!.statement).toMatch(/Sami will say 10 words to ask for things/);
    expect(first!.statement).not.toMatch(/Easter/);
    expect(second!.statement).toBe('By July 2027, Sami will play a game with one other child.');
    expect(draft.outcomes).toHaveLength(2);
    expect(chat.step).toBe(Step.outcomeAnother);
  });

  it('a date that fits more than one outcome is asked about, and nothing changes', async () => {
    ({ chat } = await startWith(SEED));
    const asked = said(await chat.say('change the 2027 one to next summer'));
    expect(asked).toMatch(/Which outcome should get the new date/);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.timeframe?.phrase)).toEqual(['by Easter 2027', 'by July 2027']);
  });

  it('"no" keeps the date as it was', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('can we change the easter one to the summer');
    await chat.say('no');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toBe('by Easter 2027');
  });
});

const AT_REVIEW: Seed = { ...SEED, at: () => ({ stage: 'review', step: Step.reviewSummary }) };

describe('a new date for an outcome, at the read-back of the whole plan', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"can we change the easter one to the summer" changes that date and says which outcome', async () => {
    ({ chat } = await startWith(AT_REVIEW));
    const asked = said(await chat.say('can we change the easter one to the summer'));
    expect(asked).toMatch(/Change the date of "By Easter 2027, Sami will say 10 words to ask for things" to .*July 2027/i);
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.timeframe?.date).toMatch(/^2027-07/);
    expect(draft.outcomes[0]!.statement).toMatch(/Sami will say 10 words to ask for things/);
    expect(draft.outcomes[0]!.statement).not.toMatch(/^the summer|Easter/i);
    expect(draft.outcomes[1]!.timeframe?.phrase).toBe('by July 2027');
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I hope he will talk more', 'to have a friend']);
  });

  it('a change to how everyone will know names the outcome it is for', async () => {
    ({ chat } = await startWith(AT_REVIEW));
    const asked = said(await chat.say('change how we will know for the friend one to his TA writes it down'));
    expect(asked).toMatch(/for "By July 2027, Sami will play a game with one other child"/);
  });
});
