import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * "Which people? I can't read minds" at a question that mentions people: who is meant is said,
 * with examples, and the question asked again. It is never kept, nor praised as an answer.
 */

const DRIVE: SeedHope = { text: 'learn to drive', theme: 'independent_living', needs: ['the theory test is all reading'] };

describe('"which people?" at a question about people', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["Which people? I can't read minds", 'who do you mean?', 'what people lol', 'people like who?'])('%j at "what do people like about you?": who is meant, asked again, nothing kept', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Aisha', age: 15, schoolYear: 10, hopes: [DRIVE], at: () => ({ stage: 'aboutMe', step: Step.aboutMeStrengths }) }));
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/I mean anyone at all, for example friends, family, teachers/);
    expect(said).not.toMatch(/lovely to hear/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.aboutMe.strengths ?? []).toHaveLength(0);
  });

  it('"which people?" at "how can people support you best?": who helps, asked again', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Aisha', age: 15, schoolYear: 10, hopes: [DRIVE], at: () => ({ stage: 'aboutMe', step: Step.aboutMeSupport }) }));
    const said = saidIn(await chat.say('which people do you mean??'));
    expect(said).toMatch(/I mean anyone who helps/);
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())?.aboutMe.support ?? []).toHaveLength(0);
  });
});
