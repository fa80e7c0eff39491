import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "i have my dinner money every day" at "how will everyone know?": something anyone can see, so it
 * is kept as the measure and the chat goes on.
 */

const SEED: Seed = {
  today: '2026-12-02',
  name: 'Mia',
  age: 14,
  schoolYear: 9,
  hopes: [{ text: 'to be more organised for school', theme: 'independent_living', needs: ['i forget things'] }],
};

describe('a measure about having things with you', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i have my dinner money every day', 'i have my bus pass with me every day', 'i bring my pe kit every week'])('"%s" is kept as how everyone will know', async (typed) => {
    ({ chat } = await startWith(SEED));
    for (const m of ['i will pack my bag the night before', 'by the end of year 9']) await chat.say(m);
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say(typed);
    expect(chat.step).not.toBe(Step.outcomeMeasure);
    expect((await chat.draft())!.outcomes[0]!.measure).toMatch(/every (?:day|week)/i);
  }, 40000);
});
