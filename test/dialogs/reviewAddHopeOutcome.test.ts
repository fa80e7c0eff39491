import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* A hope added at the review gets its outcome, then the review opens again, without a count of outcomes. */

function oneOutcome(draft: Draft): Draft {
  const aspiration = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'By July 2027, I will design a simple game.', aspirationId: aspiration.id, needIds: draft.needs.map((n) => n.id) });
  return updateOutcome(started.draft, started.outcome.id, {
    timeframe: { phrase: 'by July 2027', date: '2027-07-23' },
    measure: 'my tutor will see it',
    doesForMe: 'I would feel proud',
    makesPossible: 'I could get a job',
    confirmed: true,
  });
}

const SEED: Seed = {
  today: '2025-03-10',
  name: 'Sam',
  age: 17,
  schoolYear: 12,
  hopes: [{ text: 'I want to design computer games', theme: 'learning_and_work', needs: ['Reading long instructions is hard'] }],
  change: oneOutcome,
  at: () => ({ stage: 'review', step: 'review.summary' }),
};

describe('an outcome for a hope added at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('ends back at the review without "most plans have at least three outcomes"', async () => {
    ({ chat } = await startWith(SEED));
    const said: string[] = [];
    const answers = [
      'can I add another dream',
      'I want to learn to swim',
      'yes',
      'yes',
      'I get scared in deep water',
      'swim a length of the pool on my own',
      'in two years',
      'my swimming teacher will see me do it',
      'I would feel proud',
      'I could go swimming with friends',
      'lessons with a swimming teacher',
      'yes',
    ];
    for (const answer of answers) said.push(...(await chat.say(answer)).map((r) => r.text ?? ''));
    // Made, then "another?": a plain no goes back to the review.
    expect(chat.step).toBe(Step.outcomeAnother);
    said.push(...(await chat.say('no')).map((r) => r.text ?? ''));
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.outcomes).toHaveLength(2);
    expect(said.join('\n')).not.toContain('at least three outcomes');
  });
});
