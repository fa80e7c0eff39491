import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome } from '../../src/domain/draft';
import { yesIfMeant } from '../../src/language/ifYouMean';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * Asked which hope an outcome goes with, he typed "If you mean the internship, yes": the outcome goes
 * with the hope that names the internship, never the one the bot offered.
 */

const JOB: SeedHope = { text: 'get a paid job in a kitchen', theme: 'learning_and_work', needs: [] };
const INTERNSHIP: SeedHope = { text: 'finish my supported internship at the hospital', theme: 'learning_and_work', needs: [] };
const FLAT: SeedHope = { text: 'live in my own flat', theme: 'independent_living', needs: [] };

function offered(offer: number): Seed {
  return {
    today: '2026-12-03',
    name: 'Sam',
    age: 19,
    schoolYear: 14,
    hopes: [FLAT, JOB, INTERNSHIP],
    change: (d) => startOutcome(d, { statement: 'I will go to work on time every day', aspirationId: d.aspirations[0]!.id, needIds: [] }).draft,
    at: (d) => ({ stage: 'outcomes', step: Step.outcomeWhen, topic: d.aspirations[0]!.id, data: { outcomeId: d.outcomes[0]!.id, moveTo: d.aspirations[offer]!.id } }),
  };
}

describe('"If you mean the internship, yes" at "Shall I put it there?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('reads the words after "if you mean"', () => {
    expect(yesIfMeant('If you mean the internship, yes')).toBe('the internship');
    expect(yesIfMeant('yes')).toBeNull();
  });

  it.each([1, 2])('offered hope %i, the outcome goes with the internship hope', async (offer) => {
    ({ chat } = await startWith(offered(offer)));
    await chat.say('If you mean the internship, yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.aspirationId).toBe(draft.aspirations[2]!.id);
  });

  it('"If you mean the flat, yes" keeps it with the flat', async () => {
    ({ chat } = await startWith(offered(1)));
    await chat.say('If you mean the flat, yes');
    const draft = (await chat.draft())!;
    expect(draft.outcomes[0]!.aspirationId).toBe(draft.aspirations[0]!.id);
  });
});
