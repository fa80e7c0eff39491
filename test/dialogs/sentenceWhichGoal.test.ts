import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';
import { danAtReview } from './reviewSeed';

/* Dan, 22, at the read-back with two goals: "change the sentence" names no goal, so the chat asks which, then takes his words. */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const statements = async () => (await chat!.draft())!.outcomes.map((o) => o.statement);

describe('a sentence to change, with two goals', () => {
  it.each(['change the sentence', 'can u fix the sentence', 'the wording is wrong', 'i want to change the wording', 'the words are wrong', 'sentance is rong', 'can i reword it'])('"%s" asks which goal, naming both, then takes the new words', async (said) => {
    ({ chat } = await startWith(danAtReview()));
    const before = await statements();
    const asked = saidIn(await chat!.say(said));
    void asked;
    expect(chat!.step).toBe(Step.reviewChange);
    const offered = chat!.lastQuestion!.choices.join(' | ');
    expect(offered).toMatch(/cook my own tea/);
    expect(offered).toMatch(/paid job/);
    expect(chat!.lastQuestion!.choices).toHaveLength(2);
    expect(await statements()).toEqual(before);
    await chat!.say('the job one');
    await chat!.say('I will get a paid job in a cafe');
    if (chat!.step !== Step.reviewSummary) await chat!.say('yes');
    const after = await statements();
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toMatch(/paid job in a cafe/);
  });
});
