import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { readEditRequest } from '../../src/language/editRequest';
import { startWith, type Seed } from './journeySeed';

/*
 * A 14-year-old changes her mind about an outcome already saved: "actually can u get rid of the
 * bike one" at "another outcome?" takes that outcome out after a yes, and never starts a new one.
 */

function withBikeOutcome(draft: Draft): Draft {
  const bike = draft.aspirations[0]!;
  const started = startOutcome(draft, { statement: 'By July 2027, I will ride round the park on my own.', aspirationId: bike.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-23' }, measure: 'my dad sees me do it', confirmed: true });
}

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Mia',
  age: 14,
  schoolYear: 9,
  hopes: [
    { text: 'learn to ride a bike', theme: 'independent_living', needs: ['my balance is bad'] },
    { text: 'go to town with a friend', theme: 'friends_and_community', needs: ['i get lost'] },
  ],
  change: withBikeOutcome,
  at: () => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: undefined }),
};

const said = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('an outcome already saved, named by its words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['actually can u get rid of the bike one. its embarassing if my teachers read that', 'delete the bike outcome'])(
    '"%s" at "another outcome?" asks, then takes it out after a yes',
    async (typed) => {
      ({ chat } = await startWith(SEED));
      const asked = await chat.say(typed);
      expect(said(asked)).toMatch(/Shall I take out "By July 2027, I will ride round the park on my own"\?/);
      await chat.say('yes');
      const draft = (await chat.draft())!;
      expect(draft.outcomes).toEqual([]);
      expect(draft.aspirations).toHaveLength(2);
      expect(JSON.stringify(draft)).not.toMatch(/get rid|embarassing|delete/);
    },
  );
});

describe('a part named by its words alone', () => {
  it.each(['get rid of the bike one', 'actually can u get rid of the bike one. its embarassing', 'delete the one about the bus'])('"%s" asks to take a part out', (typed) => {
    expect(readEditRequest(typed)?.action).toBe('remove');
  });
  it.each(['change schools', 'get rid of my anxiety', 'remove the right one', 'the bus one', 'i want to get the bus on my own'])('"%s" is not', (typed) => {
    expect(readEditRequest(typed)).toBeNull();
  });
});
