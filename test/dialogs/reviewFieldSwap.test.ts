import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addProvision, startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/** Ruby's outcome as a parent found it at the review: the help and what it makes possible in each other's place. */
function misfiled(draft: Draft): Draft {
  const hope = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'By the end of Year 9, Ruby will read a short horse story book on her own.', aspirationId: hope.id, needIds: draft.needs.map((n) => n.id) });
  const next = updateOutcome(started.draft, started.outcome.id, {
    timeframe: { phrase: 'by the end of Year 9', date: '2028-07-21' },
    measure: 'her teacher does reading checks',
    makesPossible: 'the TA reading group 3 times a week',
    confirmed: true,
  });
  return addProvision(next, started.outcome.id, 'a sleepover one day maybe', 'education').draft;
}

const AT_REVIEW = parentSeed({ name: 'Ruby', age: 13, schoolYear: 8 }, [{ text: 'to read books about horses on her own', theme: 'learning_and_work', needs: ['She reads at about a Year 2 level'] }], {
  change: misfiled,
  at: () => ({ stage: 'review', step: Step.reviewSummary }),
});

describe('at the review, a part said to be in the wrong field moves to the right one', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"X is help she needs, not what it makes possible. and the sleepover isnt help" moves both', async () => {
    ({ chat } = await startWith(AT_REVIEW));
    const replies = await chat.say('the TA reading group 3 times a week is help she needs, not what it makes possible. and the sleepover isnt help');
    expect(saidIn(replies)).not.toMatch(/add this hope/i);
    expect(chat.step).toBe(Step.reviewSummary);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.text)).toEqual(['the TA reading group 3 times a week']);
    expect(outcome.provision[0]!.howOften).toBe('3 times a week');
    expect(outcome.makesPossible).toBe('a sleepover one day maybe');
    expect(outcome.aspirationId).toBe((await chat.draft())!.aspirations[0]!.id);
    expect((await chat.draft())!.aspirations).toHaveLength(1);
  });

  it('a part that is not in the plan moves nothing', async () => {
    ({ chat } = await startWith(AT_REVIEW));
    await chat.say('the swimming lessons isnt help');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.text)).toEqual(['a sleepover one day maybe']);
    expect(outcome.makesPossible).toBe('the TA reading group 3 times a week');
  });

  it('a part already in the field named stays, and the other part named still moves', async () => {
    ({ chat } = await startWith(AT_REVIEW));
    await chat.say('the sleepover isnt help');
    const replies = await chat.say('the TA reading group 3 times a week is help she needs, not what it makes possible. and the sleepover isnt help');
    expect(saidIn(replies)).not.toMatch(/add this hope/i);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.provision.map((p) => p.text)).toEqual(['the TA reading group 3 times a week']);
    expect(outcome.makesPossible).toBe('a sleepover one day maybe');
  });
});
