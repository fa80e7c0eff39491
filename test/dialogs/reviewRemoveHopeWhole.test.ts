import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { samAtReview, withConfirmedOutcomes } from './reviewSeed';

/* A hope taken out at the review takes its own hard things, their help and its goal with it: nothing is left linked to no hope. */

const seed = () =>
  samAtReview(
    14,
    [
      { text: 'walk buster more', theme: 'health_and_wellbeing', needs: ['hes a staffie. hes well strong'] },
      { text: 'get the bus on my own', theme: 'independent_living', needs: ['the bus times confuse me'] },
    ],
    (d) => withConfirmedOutcomes(d, (i) => ({ statement: i ? 'By July 2027, I will get the bus to town on my own.' : 'By July 2027, I will walk Buster to the park on my own.', timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'nan sees me' })),
  );

describe('taking a hope out at the review', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('says its hard things and goal go too, and leaves nothing linked to no hope', async () => {
    ({ chat } = await startWith(seed()));
    await chat.say('easy read');
    const asked = saidIn(await chat.say('get rid of my hope walk buster more'));
    expect(chat.step).toBe(Step.reviewChange);
    expect(asked).toMatch(/hard things and goals go too/);
    const done = saidIn(await chat.say('ye'));
    expect(done).toMatch(/went too/);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['get the bus on my own']);
    expect(draft.needs.map((n) => n.text)).toEqual(['the bus times confuse me']);
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['By July 2027, I will get the bus to town on my own.']);
    const hopeIds = new Set(draft.aspirations.map((a) => a.id));
    expect(draft.needs.every((n) => n.aspirationIds.some((id) => hopeIds.has(id)))).toBe(true);
    expect(draft.outcomes.every((o) => o.aspirationId !== null && hopeIds.has(o.aspirationId))).toBe(true);
  });

  it('a hard thing shared with another hope stays, linked to that hope', async () => {
    ({ chat } = await startWith({
      ...seed(),
      change: (d) => ({ ...seed().change!(d), needs: seed().change!(d).needs.map((n, i) => (i === 1 ? { ...n, aspirationIds: d.aspirations.map((a) => a.id) } : n)) }),
    }));
    await chat.say('get rid of my hope walk buster more');
    await chat.say('yes');
    const draft = (await chat.draft())!;
    expect(draft.needs.map((n) => [n.text, n.aspirationIds])).toEqual([['the bus times confuse me', [draft.aspirations[0]!.id]]]);
  });
});
