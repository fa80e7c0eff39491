import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { HOPES, outcomesMade } from './arloOutcomes';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, type Seed } from './journeySeed';
import { atOutcome } from '../support/outcomeAt';

/*
 * Paul, dad of Arlo (4), has an outcome for each of Arlo's four hopes. At "Would you like to add
 * another outcome for Arlo?" he types "we already did the talking one": a remark, never a yes, so
 * he is not asked which hope a new outcome is for. Then "cancel this one": no new outcome, and the
 * chat moves on to the read-back.
 */

const PAUL: Seed = parentSeed({ name: 'Arlo', age: 4, schoolYear: -1 }, HOPES, { change: outcomesMade, at: atOutcome(Step.outcomeAnother) });

describe('Paul at "another outcome?" after saying the talking one is done', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"we already did the talking one" is heard as a remark: no "which hope?", "another?" asked again', async () => {
    ({ chat } = await startWith(PAUL));
    const said = saidIn(await chat.say('we already did the talking one'));
    expect(said).toMatch(/talk in short sentences/);
    expect(said).not.toMatch(/Which of your hopes/);
    expect(chat.step).toBe(Step.outcomeAnother);
    expect(chat.lastQuestion?.choices.length).toBeGreaterThan(0);
    expect((await chat.draft())!.outcomes).toHaveLength(4);
  });

  it.each(['cancel this one', 'forget this one'])('then %j: no new outcome, on to the read-back', async (typed) => {
    ({ chat } = await startWith(PAUL));
    await chat.say('we already did the talking one');
    await chat.say(typed);
    expect(chat.step).toBe(Step.reviewSummary);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toHaveLength(4);
    expect(JSON.stringify(draft)).not.toMatch(/cancel|forget this|already did/i);
  });

  it('"cancel this one" said at once moves on too', async () => {
    ({ chat } = await startWith(PAUL));
    await chat.say('cancel this one');
    expect(chat.step).toBe(Step.reviewSummary);
    expect((await chat.draft())!.outcomes).toHaveLength(4);
  });
});
