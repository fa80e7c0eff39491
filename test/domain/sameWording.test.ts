import { describe, expect, it } from 'vitest';
import { addAspiration, addNeed, addNeedHelp, addProvision, createDraft, startOutcome, type Draft } from '../../src/domain/draft';
import { sameWording } from '../../src/domain/sameWording';
import { NOW } from './fixtures';

/*
 * The same item typed twice is stored once: case, punctuation, the little words before a noun and
 * plural endings do not make a second need, help or piece of provision.
 */

function withHopes(): { draft: Draft; first: string; second: string } {
  let draft = createDraft({ id: 'd1', now: NOW, who: 'self' });
  const a = addAspiration(draft, 'work with animals', 'learning_and_work');
  const b = addAspiration(a.draft, 'live on my own', 'independent_living');
  draft = b.draft;
  return { draft, first: a.aspiration.id, second: b.aspiration.id };
}

describe('the same wording', () => {
  it.each([
    ['a TA', 'TA'],
    ['a laptop', 'Laptops.'],
    ['Extra time', 'extra time!'],
    ['the reading pen', 'my reading pens'],
    ['speech & language therapy', 'Speech and language therapy'],
    ['a class', 'classes'],
  ])('"%s" and "%s" are one item', (a, b) => expect(sameWording(a, b)).toBe(true));

  it.each([
    ['a TA', 'a TA in maths'],
    ['extra time', 'extra maths'],
    ['I can read', 'I can not read'],
  ])('"%s" and "%s" are two items', (a, b) => expect(sameWording(a, b)).toBe(false));
});

describe('nothing is stored twice', () => {
  it('a need said again is the one kept, linked to the second hope too', () => {
    const { draft, first, second } = withHopes();
    const one = addNeed(draft, 'Reading', [first]);
    const two = addNeed(one.draft, 'reading.', [second]);
    expect(two.draft.needs).toHaveLength(1);
    expect(two.need.id).toBe(one.need.id);
    expect(two.draft.needs[0]!.aspirationIds).toEqual([first, second]);
  });

  it('the same help for a need is kept once', () => {
    const { draft, first } = withHopes();
    const { draft: d, need } = addNeed(draft, 'reading', [first]);
    const helped = addNeedHelp(addNeedHelp(d, need.id, 'a reading pen'), need.id, 'Reading pens');
    expect(helped.needs[0]!.helps).toEqual(['a reading pen']);
  });

  it('the same provision for an outcome is kept once, with a "how often" said the second time', () => {
    const { draft, first } = withHopes();
    const started = startOutcome(draft, { statement: 'I will read a book', aspirationId: first });
    const once = addProvision(started.draft, started.outcome.id, 'a TA', 'education').draft;
    const twice = addProvision(once, started.outcome.id, 'TA', 'education', 'every morning');
    const provision = twice.draft.outcomes[0]!.provision;
    expect(provision).toHaveLength(1);
    expect(provision[0]).toMatchObject({ text: 'a TA', howOften: 'every morning' });
  });
});
