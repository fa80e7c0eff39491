import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * Paul, a dad, asked for a step towards his son's next hope, typed "we already did the talking one".
 * That is a remark that a hope is done, never the step: nothing is kept. Said of another hope, this
 * hope's question is asked again, naming it; said of the hope being asked about, the bot moves on
 * to the next hope without an outcome for it.
 */

const TALK: SeedHope = { text: 'talk to people in full sentences', theme: 'friends_and_community', needs: ['he gets stuck on words'] };
const SWIM: SeedHope = { text: 'learn to swim', theme: 'health_and_wellbeing', needs: ['he is scared of water'] };
const COOK: SeedHope = { text: 'cook his own tea', theme: 'independent_living', needs: ['he forgets the steps'] };

function talkDone(draft: Draft): Draft {
  const started = startOutcome(draft, { statement: 'By July 2027, Leo will say a full sentence to a shop worker.', aspirationId: draft.aspirations[0]!.id, needIds: [] });
  return updateOutcome(started.draft, started.outcome.id, { timeframe: { phrase: 'by July 2027', date: '2027-07-22' }, measure: 'dad hears him', confirmed: true });
}

const leo = (at: number) =>
  startWith(parentSeed({ name: 'Leo', age: 10, schoolYear: 5 }, [TALK, SWIM, COOK], { change: talkDone, at: (d) => ({ stage: 'outcomes', step: Step.outcomeStep, topic: d.aspirations[at]!.id }) }));

const REMARKS = ['we already did the talking one', "we've done the talking one already", 'no we did the talking bit before'];

describe('"we already did the talking one" at the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(REMARKS)('%j asked about the swimming hope: nothing kept, the swimming question again', async (typed) => {
    ({ chat } = await leo(1));
    const replies = await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[1]!.id);
    expect(saidIn(replies)).toMatch(/learn to swim/i);
    expect(JSON.stringify(draft)).not.toMatch(/already|did the talking/i);
  });

  it.each(['we already did the swimming one', 'we have done the swimming bit already'])('%j about the hope asked: on to the next hope, nothing kept', async (typed) => {
    ({ chat } = await leo(1));
    await chat.say(typed);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(1);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(draft.aspirations[2]!.id);
  });
});
