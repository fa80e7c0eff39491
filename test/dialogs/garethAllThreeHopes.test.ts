import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { saysBothHopes } from '../../src/language/everyHopeMeant';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type SeedHope } from './journeySeed';

/* Gareth, dad of Ffion (6): "all 3" at "Which hope is it for?" means every hope listed, and is never kept. */

const HOPES: SeedHope[] = [
  { text: 'Ffion to use the toilet at school', theme: 'health_and_wellbeing', needs: ['she does not feel when she needs to go'] },
  { text: 'Ffion to have a best friend', theme: 'friends_and_community', needs: ['she finds it hard to join in games'] },
  { text: 'Ffion to swim without armbands', theme: 'health_and_wellbeing', needs: ['she is scared of water on her face'] },
];

describe('"all 3" at a list of hopes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['all 3', 'all three', 'all 3 of them'])('%j links every hope, and keeps nothing as the words', async (typed) => {
    ({ chat } = await startWith(parentSeed({ name: 'Ffion', age: 6, schoolYear: 2 }, HOPES, {
      at: (d: Draft) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id, data: { which: d.aspirations.map((a) => a.id).join(','), said: 'Ffion will join in at swimming lessons' } }),
    })));
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    const linked = new Set(draft.needs.filter((n) => draft.outcomes[0]!.needIds.includes(n.id)).flatMap((n) => n.aspirationIds));
    expect([...linked].sort()).toEqual(draft.aspirations.map((a) => a.id).sort());
    expect(JSON.stringify(draft)).not.toMatch(/all 3|all three/i);
  });

  it.each(['all 3', 'all three', 'all of em', 'the lot'])('%j is read as every hope', (typed) => expect(saysBothHopes(typed)).toBe(true));
  it.each(['all 3 days', 'all three of us go swimming', 'my dad hits me'])('%j is not', (typed) => expect(saysBothHopes(typed)).toBe(false));
});
