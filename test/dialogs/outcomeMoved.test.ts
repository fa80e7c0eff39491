import { describe, expect, it } from 'vitest';
import { addAspiration, addNeed, createDraft, moveOutcomeToHope, startOutcome, type Draft } from '../../src/domain/draft';
import { outcomeMoved } from '../../dialogs/outcomeThread';
import { NOW } from '../domain/fixtures';

/* An outcome moved to another hope takes the needs it answers with it. */

function kai(ownNeeds: string[] = ['i cant cook or manage money']): Draft {
  let d = createDraft({ id: 'd1', now: NOW, who: 'self' });
  d = addAspiration(d, 'I want to work with animals', 'learning_and_work').draft;
  d = addAspiration(d, 'live on my own', 'independent_living').draft;
  const [animals, own] = d.aspirations;
  d = addNeed(d, 'i find reading hard', [animals!.id]).draft;
  for (const n of ownNeeds) d = addNeed(d, n, [own!.id]).draft;
  return d;
}

describe('moving an outcome to another hope', () => {
  it('links its needs to the new hope, and takes off the old hope the needs only it had there', () => {
    let d = kai();
    const [animals, own] = d.aspirations;
    const oven = addNeed(d, 'i cant use the oven', [animals!.id]);
    const started = startOutcome(oven.draft, { statement: 'make my own dinner', aspirationId: animals!.id, needIds: [oven.need.id] });
    d = moveOutcomeToHope(started.draft, started.outcome.id, { aspirationId: own!.id, needIds: [oven.need.id], leaving: [oven.need.id] });
    expect(d.outcomes[0]).toMatchObject({ aspirationId: own!.id, needIds: [oven.need.id] });
    expect(d.needs.find((n) => n.id === oven.need.id)!.aspirationIds).toEqual([own!.id]);
  });

  it('a cooking outcome moved from the animals hope answers the cooking need, and "i cant use the oven" follows it', () => {
    let d = kai();
    const [animals, own] = d.aspirations;
    const oven = addNeed(d, 'i cant use the oven', [animals!.id]);
    const started = startOutcome(oven.draft, { statement: 'cook my own dinner in the oven', aspirationId: animals!.id, needIds: [d.needs[0]!.id, oven.need.id] });
    d = outcomeMoved(started.draft, started.outcome.id, own!);
    const names = (ids: readonly string[]) => ids.map((id) => d.needs.find((n) => n.id === id)!.text);
    expect(names(d.outcomes[0]!.needIds).sort()).toEqual(['i cant cook or manage money', 'i cant use the oven']);
    expect(d.needs.find((n) => n.text === 'i cant use the oven')!.aspirationIds).toEqual([own!.id]);
    expect(d.needs.find((n) => n.text === 'i find reading hard')!.aspirationIds).toEqual([animals!.id]);
  });

  it('moved to a hope with nothing hard said, it keeps its needs, linked to that hope too', () => {
    let d = kai([]);
    const [animals, own] = d.aspirations;
    const started = startOutcome(d, { statement: 'tidy my room', aspirationId: animals!.id, needIds: [d.needs[0]!.id] });
    d = outcomeMoved(started.draft, started.outcome.id, own!);
    expect(d.outcomes[0]!.needIds).toEqual([d.needs[0]!.id]);
    expect(d.needs[0]!.aspirationIds).toEqual([animals!.id, own!.id]);
  });
});
