import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { saidIn, startWith, type Seed } from './journeySeed';

/* Bea, 11, Year 6, at "by when?": "by the end of year 7? or wen im 12. my birthday is in march" means the end of Year 7; her birthday month is not the date. */

function withOutcome(draft: Draft): Draft {
  return startOutcome(draft, { statement: 'I will find my way to my lessons.', aspirationId: draft.aspirations[0]!.id, needIds: [] }).draft;
}

const seed: Seed = {
  today: '2026-12-02', name: 'Bea', age: 11, schoolYear: 6,
  hopes: [{ text: 'to get around my new school', theme: 'independent_living', needs: ['i get lost'] }],
  change: withOutcome,
  at: atOutcome(Step.outcomeWhen, { outcome: 0 }),
};

describe('a school-year end said before a birthday month', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'by the end of year 7? or wen im 12. my birthday is in march',
    'end of year 7. my bday is in march',
  ])('"%s" is the end of Year 7', async (typed) => {
    ({ chat } = await startWith(seed));
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toMatch(/^2028-07/);
    expect(outcome.statement).not.toMatch(/march|birthday|bday/i);
  });

  it('"by my birthday in march" is still March (a short step, so the step-or-bigger choice is asked)', async () => {
    ({ chat } = await startWith(seed));
    expect(saidIn(await chat.say('by my birthday in march'))).toMatch(/march" is quite soon/i);
  });
});
