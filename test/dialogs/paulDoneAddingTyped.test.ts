import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { HOPES, outcomesMade } from './arloOutcomes';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/*
 * Paul, dad of Arlo (4), types fast on his phone. "no thats all, got to go to work soon" at "another
 * outcome?" ends the outcomes, whatever follows the no. Inside a new outcome's questions, "cancel this
 * one", "i dont want another one", "im done", "no more" leave the outcome being started (nothing kept)
 * and go to the review.
 */

function paul(more: Partial<Seed> = {}): Seed {
  return parentSeed({ name: 'Arlo', age: 4, schoolYear: -1 }, HOPES, { change: outcomesMade, at: atOutcome(Step.outcomeAnother), ...more });
}

describe('Paul says he is done adding outcomes', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['no thats all, got to go to work soon', 'no thats all got to go to work soon', 'No, that\'s all. got to dash'])(
    '"%s" at "another outcome?" goes to the review',
    async (typed) => {
      ({ chat } = await startWith(paul()));
      const said = saidIn(await chat.say(typed));
      expect(said).not.toMatch(/great hope to keep/);
      expect(chat.step).toBe(Step.reviewSummary);
      expect((await chat.draft())!.outcomes).toHaveLength(4);
    },
  );

  it.each(['cancel this one', 'i dont want another one', 'im done', 'no more', 'none of them... im done', 'i said no thats all', 'No, that\'s all'])(
    '"%s" inside a new outcome\'s questions leaves it unkept and goes to the review',
    async (typed) => {
      ({ chat } = await startWith(paul({ at: atOutcome(Step.outcomeStep) })));
      // "we already did the talking one" is now a remark that a hope is done, so a new step is typed here.
      await chat.say('ask for a drink with words at snack time');
      expect(chat.step).not.toBe(Step.outcomeStep);
      await chat.say(typed);
      expect(chat.step).toBe(Step.reviewSummary);
      const draft = (await chat.draft())!;
      expect(draft.outcomes).toHaveLength(4);
      expect(JSON.stringify(draft)).not.toContain('drink with words');
    },
  );

  it.each(['no thats all, he hits me', 'no thats all. i want to die', 'im done, my uncle touches me', 'no thats all, they make me sell stuff'])(
    '"%s": a disclosure after the no is still heard first',
    async (typed) => {
      ({ chat } = await startWith(paul()));
      await chat.say(typed);
      expect(chat.step).toBe(Step.safeguardingCheck);
      expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
    },
  );

  it.each(['thats it', 'nothing else', 'no thats all', 'im done'])(
    '"%s" once an outcome has its measure answers the question asked and never throws the outcome away',
    async (typed) => {
      const oneMade = (d: Draft): Draft => {
        const made = startOutcome(outcomesMade(d), { statement: 'By July 2027, Arlo will say two words together.', aspirationId: d.aspirations[0]!.id, needIds: [] });
        return updateOutcome(made.draft, made.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'nursery hears him say two words together' });
      };
      ({ chat } = await startWith(paul({ change: oneMade, at: atOutcome(Step.outcomeProvides, { outcome: 4 }) })));
      await chat.say(typed);
      const draft = (await chat.draft())!;
      expect(draft.outcomes).toHaveLength(5);
      expect(draft.outcomes[4]!.measure).toBe('nursery hears him say two words together');
    },
  );

  it('"no thats all, but what about his sleep" is left to the other readers, never ended at once', async () => {
    ({ chat } = await startWith(paul()));
    await chat.say('no thats all, but what about his sleep');
    expect(chat.step).not.toBe(Step.reviewSummary);
  });

  it('"cancel this one" with fewer than three outcomes still checks kindly first', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Arlo', age: 4, schoolYear: -1 }, HOPES.slice(0, 2), { at: atOutcome(Step.outcomeStep) })));
    await chat.say('he will say two words together');
    await chat.say('cancel this one');
    expect(chat.step).not.toBe(Step.reviewSummary);
  });
});
