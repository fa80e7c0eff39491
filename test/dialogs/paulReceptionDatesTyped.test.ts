import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, startWith } from './journeySeed';

/*
 * Paul, dad of Arlo (4, at nursery now, Reception from September 2027), at "by when?": a time in
 * Reception is read against the year Arlo will be in Reception, never this year.
 */
function stepGiven(draft: Draft): Draft {
  return startOutcome(draft, { statement: 'Arlo will use the toilet at school', aspirationId: draft.aspirations[0]!.id, needIds: [] }).draft;
}
const PAUL = parentSeed({ name: 'Arlo', age: 4, schoolYear: -1 }, [{ text: 'use the toilet', theme: 'independent_living', needs: ['he is in nappies'] }], {
  today: '2026-12-06',
  change: stepGiven,
  at: atOutcome(Step.outcomeWhen, { outcome: 0 }),
});

describe('dates in Reception for a child at nursery', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['by christmas in reception', '2027-12'],
    ['by the summer half term in reception', '2028-05'],
    ['by easter in reception', '2028-0'],
  ])('"%s" ends in %s', async (typed, month) => {
    ({ chat } = await startWith(PAUL));
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date.startsWith(month)).toBe(true);
  });
});
