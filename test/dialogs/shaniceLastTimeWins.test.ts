import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, startWith, type Seed } from './journeySeed';

/* Shanice, mum of Tyrone (9, Year 4), at "by when?": a time asked about, then another said, is the last time said. */

function withOutcome(draft: Draft): Draft {
  return startOutcome(draft, { statement: 'Tyrone will ask for a break when he feels cross.', aspirationId: draft.aspirations[0]!.id, needIds: [] }).draft;
}

const seed: Seed = parentSeed({ name: 'Tyrone', age: 9, schoolYear: 4 },
  [{ text: 'to stay calm in class', theme: 'health_and_wellbeing', needs: ['he gets cross and runs out'] }],
  { change: withOutcome, at: atOutcome(Step.outcomeWhen, { outcome: 0 }) });

describe('the last time said wins', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'by christmas?? is that too soon. ok say end of this school year',
    'by easter? maybe too quick. make it end of this school year',
    'christmas? no actually end of this school year',
  ])('"%s" is the end of this school year', async (typed) => {
    ({ chat } = await startWith(seed));
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toMatch(/^2027-07/);
    expect(JSON.stringify(outcome.steps ?? [])).not.toMatch(/christmas|easter/i);
  });

  it('"by christmas" alone is still Christmas', async () => {
    ({ chat } = await startWith(seed));
    await chat.say('by christmas');
    expect(chat.step).not.toBe(Step.outcomeMeasure);
  });
});
