import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { FINLEY } from './finleySeed';

/*
 * A dad answers "how will everyone know?" with a count: "...If it is 1 or none, this is success".
 * "it is 1" is a number of meltdowns, never "it's all one", so the answer is kept as the measure.
 */
describe('a count said at the measure', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"If it is 1 or none, this is success" is kept as the measure, never read as joining', async () => {
    chat = (await startWith(FINLEY)).chat;
    await chat.say('he will walk to school on his own');
    await chat.say('in 6 months');
    expect(chat.step).toBe(Step.outcomeMeasure);
    const said = saidIn(await chat.say('School write down how many meltdowns in a week, now is maybe 4 or 5 in week. If it is 1 or none, this is success'));
    expect(said).not.toMatch(/nothing to join/i);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    expect(JSON.stringify((await chat.draft())!.outcomes[0])).toMatch(/1 or none/);
  });
});
