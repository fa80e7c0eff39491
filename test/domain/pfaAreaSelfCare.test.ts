import { describe, expect, it } from 'vitest';
import { pfaAreaOf } from '../../src/domain/pfaArea';
import { addAspiration, createDraft, setYoungPerson, startOutcome, updateOutcome } from '../../src/domain/draft';

/*
 * Using the toilet and sleeping in their own bed are health, whatever hope the goal sits under; looking after
 * themselves (dressing, washing) is independent living. Friends and clubs stay community inclusion.
 */
const year10 = { schoolYear: 10 };

describe('Preparing for Adulthood area of many goals', () => {
  it.each([
    ['use the toilet on his own', 'health'],
    ['sleep in his own bed all night', 'health'],
    ['By July 2027, Sam will use the toilet on his own at school.', 'health'],
    ['I will stay dry at night', 'health'],
    ['I will go to sleep by 10pm on school nights', 'health'],
    ['I will take my medicine on my own', 'health'],
    ['I will get dressed by myself for school', 'independent_living'],
    ['I will wash and shower on my own', 'independent_living'],
    ['I will brush my teeth on my own', 'independent_living'],
    ['I will cook pasta on my own', 'independent_living'],
    ['I will go to a club with my friends every week', 'community_inclusion'],
    ['I will go swimming at the pool every weekend', 'community_inclusion'],
    ['I will make a friend at school', 'community_inclusion'],
    ['I will work in a shop on Saturdays', 'employment'],
  ] as const)('"%s" under a friends hope is %s', (statement, area) => {
    expect(pfaAreaOf(year10, 'friends_and_community', statement)).toBe(area);
  });

  it('new words for a goal read its area again; an area chosen by hand is kept', () => {
    const now = new Date('2026-12-07T09:00:00Z');
    let draft = setYoungPerson(createDraft({ id: 'd1', now, who: 'parent_carer' }), { schoolYear: 10 });
    const hope = addAspiration(draft, 'be happy and have friends', 'friends_and_community');
    draft = hope.draft;
    const made = startOutcome(draft, { statement: 'go to the park', aspirationId: hope.aspiration.id, needIds: [], theme: 'friends_and_community' });
    draft = updateOutcome(made.draft, made.outcome.id, { pfaArea: 'community_inclusion' });
    const reworded = updateOutcome(draft, made.outcome.id, { statement: 'Sam will sleep in his own bed all night' });
    expect(reworded.outcomes[0]!.pfaArea).toBe('health');
    const chosen = updateOutcome(draft, made.outcome.id, { pfaArea: 'employment' });
    expect(updateOutcome(chosen, made.outcome.id, { statement: 'Sam will sleep in his own bed all night' }).outcomes[0]!.pfaArea).toBe('employment');
  });
});
