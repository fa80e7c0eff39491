import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { atOutcome } from '../support/outcomeAt';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';

/* Shanice, mum of Tyrone (9, Year 4), at "by when?": "i already said end of year 5. sooner would be nice mind" is the end of Year 5; the aside is dropped. */

function withOutcome(draft: Draft): Draft {
  return startOutcome(draft, { statement: 'Tyrone will ask for a break when he feels cross.', aspirationId: draft.aspirations[0]!.id, needIds: [] }).draft;
}

const seed: Seed = parentSeed({ name: 'Tyrone', age: 9, schoolYear: 4 },
  [{ text: 'to stay calm in class', theme: 'health_and_wellbeing', needs: ['he gets cross and runs out'] }],
  { change: withOutcome, at: atOutcome(Step.outcomeWhen, { outcome: 0 }) });

describe('a time said again with a wish beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'i already said end of year 5. sooner would be nice mind',
    'i said end of year 5 already. sooner would be better tho',
    'like i said, end of year 5. earlier would be nice',
    'end of year 5. sooner would be good mind',
  ])('"%s" is the end of Year 5', async (typed) => {
    ({ chat } = await startWith(seed));
    const said = saidIn(await chat.say(typed));
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe?.date).toMatch(/^2028-07/);
    expect(`${outcome.statement} ${JSON.stringify(outcome.steps ?? [])}`).not.toMatch(/sooner|earlier|nice|mind/i);
    expect(said).not.toMatch(/couldn.t work out a date/i);
  });

  it('"sooner would be nice" alone is not a date', async () => {
    ({ chat } = await startWith(seed));
    await chat.say('sooner would be nice');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBeUndefined();
  });
});

describe('disclosures beside a time said again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i already said end of year 5. my dad hits me', 'i already said end of year 5. i want to die'])('"%s" is heard', async (typed) => {
    ({ chat } = await startWith(seed));
    await chat.say(typed);
    expect((await chat.draft())!.flags.some((f) => f.kind === 'safeguarding')).toBe(true);
  });
});
