import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/* A dad tells what his son can do now; writing his name in capitals is a strength, not a request. */
describe('capital letters told as a strength', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"He can write his name in capital letters now" is kept at the strengths question', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Sam', age: 6, schoolYear: 1 }, [
      { text: 'Sam to read on his own', theme: null, needs: [] },
    ], { at: () => ({ stage: 'aboutMe', step: Step.aboutMeStrengths }) })));
    await chat.say('He can write his name in capital letters now');
    const draft = (await chat.draft())!;
    expect(draft.aboutMe.strengths.join(' ')).toMatch(/capital letters/);
    expect(chat.step).not.toBe(Step.aboutMeStrengths);
  });
});
