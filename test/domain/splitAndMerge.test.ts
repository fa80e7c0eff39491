import { describe, expect, it } from 'vitest';
import { addAspiration, addNeed, addNeedHelp, addProvision, createDraft, mergeOutcomeInto, removeNeedKeepingHelp, splitItem, startOutcome } from '../../src/domain/draft';

/* A part made two keeps its links and its place; a goal there twice is made one; a hard thing taken out can leave its help behind. */

function plan() {
  const hope = addAspiration(createDraft(), 'get a job', null);
  const need = addNeed(hope.draft, 'reading and travel', [hope.aspiration.id]);
  const other = addNeed(need.draft, 'i get tired', [hope.aspiration.id]);
  const goal = startOutcome(addNeedHelp(other.draft, need.need.id, 'a reading pen'), { statement: 'I will get a job.', aspirationId: hope.aspiration.id, needIds: [need.need.id] });
  return { d: goal.draft, hopeId: hope.aspiration.id, needId: need.need.id, goalId: goal.outcome.id };
}

describe('splitting, merging and taking out a hard thing', () => {
  it('splits a hard thing in place; the new one is linked to the same hope and goal', () => {
    const { d, needId, goalId } = plan();
    const after = splitItem(d, needId, ['reading', 'travel']);
    expect(after.needs.map((n) => n.text)).toEqual(['reading', 'travel', 'i get tired']);
    expect(after.needs[0]!.id).toBe(needId);
    expect(after.needs[1]!.aspirationIds).toEqual(after.needs[0]!.aspirationIds);
    expect(after.outcomes.find((o) => o.id === goalId)!.needIds).toEqual([needId, after.needs[1]!.id]);
  });

  it('merges a goal there twice, its help moved to the one kept', () => {
    const { d, hopeId } = plan();
    const copy = startOutcome(d, { statement: 'I will get a job.', aspirationId: hopeId, needIds: [] });
    const withHelp = addProvision(copy.draft, copy.outcome.id, 'job coach', 'education').draft;
    const after = mergeOutcomeInto(withHelp, copy.outcome.id, d.outcomes[0]!.id);
    expect(after.outcomes).toHaveLength(1);
    expect(after.outcomes[0]!.provision.map((p) => p.text)).toEqual(['job coach']);
  });

  it('takes out a hard thing and keeps its help under the hope\'s other hard thing', () => {
    const { d, needId } = plan();
    const after = removeNeedKeepingHelp(d, needId);
    expect(after.keptUnder).toBe('need');
    expect(after.draft.needs.map((n) => [n.text, n.helps ?? []])).toEqual([['i get tired', ['a reading pen']]]);
  });
});
