import { describe, expect, it } from 'vitest';
import { worriesNoted } from '../../dialogs/worryNote';

describe('the worries a note is about', () => {
  it('are every flag, by kind and where, once each, in the order told', () => {
    const flags = [
      { category: 'bullying', step: 'hopes.dream' },
      { category: 'bullying', step: 'hopes.more' },
      { category: 'domestic_abuse', step: 'needs.barrier' },
      { category: 'something_new', step: 'outcome.when' },
    ];
    expect(worriesNoted(flags)).toEqual([
      { kind: 'bullying', place: 'hopes' },
      { kind: 'domestic_abuse', place: 'needs' },
      { kind: 'other', place: 'outcomes' },
    ]);
  });

  it('are at most four, so the answer stays short', () => {
    const flags = ['welcome.name', 'aboutMe.safe', 'hopes.dream', 'needs.barrier', 'review.summary'].map((step) => ({ category: 'harm_from_others', step }));
    expect(worriesNoted(flags)).toHaveLength(4);
  });
});
