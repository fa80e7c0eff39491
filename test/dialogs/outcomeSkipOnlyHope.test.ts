import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/*
 * "skip" at "What is one step towards this?" when there is only one hope: no outcome was made, so
 * "another outcome?" is never asked. The hope is named as having no outcome yet, and the chat goes on.
 */

const ONE_HOPE: Seed = { today: '2026-12-02', name: 'Kai', age: 16, schoolYear: 11, hopes: [{ text: 'to be a chef', theme: 'learning_and_work', needs: ['reading recipes is hard'] }] };

const withOutcomeForFirst = (draft: Draft): Draft => {
  const started = startOutcome(draft, { statement: 'By July 2027, I will cook a meal on my own.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'my teacher sees it', confirmed: true });
};

describe('skipping the only hope\'s outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['skip', 'skip this one', 'can we skip that'])('"%s" never asks "another outcome?": the hope is named as having none yet, and the chat goes on', async (typed) => {
    ({ chat } = await startWith(ONE_HOPE));
    expect(chat.step).toBe(Step.outcomeStep);
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/another outcome/i);
    expect(chat.step).not.toBe(Step.outcomeAnother);
    expect(said).toMatch(/No outcome yet for "to be a chef"/);
    expect(chat.step).toBe(Step.reviewSummary);
  });

  it('with an outcome made already, skipping the last hope still asks "another outcome?"', async () => {
    const seed: Seed = {
      ...ONE_HOPE,
      hopes: [...ONE_HOPE.hopes, { text: 'to live on my own', theme: 'independent_living', needs: ['money is hard'] }],
      change: withOutcomeForFirst,
      at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[1]!.id }),
    };
    ({ chat } = await startWith(seed));
    await chat.say('skip');
    expect(chat.step).toBe(Step.outcomeAnother);
  });
});
