import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { readWhenAsked } from '../../src/language/whenAsked';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/* "which date did u put easter or summer?": a question about the date kept, answered, never kept as an answer. */

function withDate(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By summer (July 2027), I will go to the shop on my own.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by summer', date: '2027-07-22' }, measure: 'I go on my own 3 times', doesForMe: 'proud' });
}

const at = (step: StepId) => () =>
  startWith({
    today: '2026-12-04',
    name: 'Mia',
    age: 15,
    schoolYear: 10,
    hopes: [{ text: 'go to the shops on my own', theme: 'independent_living', needs: ['crossing roads is hard'] }],
    change: withDate,
    at: atOutcome(step, { outcome: 0 }),
  });

describe('the date kept, asked about', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['which date did u put easter or summer?', 'what date did you put?', 'what did you put for the date'])('"%s" at the read-back: the date is told, the read-back asked again', async (said) => {
    ({ chat } = await at(Step.outcomeConfirm)());
    const replies = await chat.say(said);
    expect(saidIn(replies)).toMatch(/I put by summer, that's July 2027/);
    expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(Step.outcomeConfirm);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.timeframe).toEqual({ phrase: 'by summer', date: '2027-07-22' });
    expect(outcome.statement).toMatch(/^By summer \(July 2027\)/);
  });

  it.each([
    [Step.outcomeDoesForMe, 'doesForMe'],
    [Step.outcomeMakesPossible, 'makesPossible'],
  ] as const)('at %s it is answered, never kept as the answer', async (step, field) => {
    ({ chat } = await at(step)());
    const before = (await chat.draft())!.outcomes[0]![field];
    const replies = await chat.say('which date did u put easter or summer?');
    expect(saidIn(replies)).toMatch(/I put by summer, that's July 2027/);
    expect(replies.at(-1)?.channelData?.outcomes?.step).toBe(step);
    expect((await chat.draft())!.outcomes[0]![field]).toBe(before);
  });

  it('an answer beside the question is kept', async () => {
    ({ chat } = await at(Step.outcomeMakesPossible)());
    const replies = await chat.say('go into town with my mates. what date did u pick?');
    expect(saidIn(replies)).toMatch(/I put by summer, that's July 2027/);
    expect((await chat.draft())!.outcomes[0]!.makesPossible).toMatch(/go into town with my mates/);
  });
});

describe('answers that only mention a date are no question', () => {
  it.each(['by summer', 'when did you put me in the group', 'what time did u put ur coat on', 'i would feel proud'])('"%s"', (said) => {
    expect(readWhenAsked(said)?.keptAsked ?? false).toBe(false);
  });
});
