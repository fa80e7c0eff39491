import { describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAspiration, createDraft, startOutcome } from '../../src/domain/draft';
import { atOutcome } from '../support/outcomeAt';

/* The shared seed position at the outcomes stage opens where the long form did. */

const draft = (() => {
  const first = addAspiration(createDraft({ id: 'd1', now: new Date('2026-12-04T09:00:00Z'), who: 'self' }), 'cook pasta', 'independent_living');
  const second = addAspiration(first.draft, 'have a friend', 'friends_and_community');
  return startOutcome(second.draft, { statement: 'I will cook pasta.', aspirationId: first.aspiration.id, needIds: [] }).draft;
})();

describe('atOutcome', () => {
  it('the first hope by default, with no notes', () => {
    expect(atOutcome(Step.outcomeStep)(draft)).toEqual({ stage: 'outcomes', step: Step.outcomeStep, topic: draft.aspirations[0]!.id });
  });

  it('another hope, the outcome being made and further notes', () => {
    expect(atOutcome(Step.outcomeConfirm, { hope: 1, outcome: 0, data: () => ({ next: '1' }) })(draft)).toEqual({
      stage: 'outcomes',
      step: Step.outcomeConfirm,
      topic: draft.aspirations[1]!.id,
      data: { outcomeId: draft.outcomes[0]!.id, next: '1' },
    });
  });
});
