import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { addAboutMe } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith } from './journeySeed';

/*
 * Alfie's mum at "What is important to Alfie?", just after what people like about him:
 * "same really, his nanna too he sees her every sunday". The answer before counts here too,
 * "same really" is never kept, and the words after it are.
 */
describe('"same really, ..." at what is important', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['same really, his nanna too he sees her every sunday', 'his nanna too he sees her every sunday'],
    ['same tbh. and his nanna', 'his nanna'],
  ])('"%s"', async (typed, kept) => {
    ({ chat } = await startWith(parentSeed({ name: 'Alfie', age: 4, schoolYear: 0 }, [], {
      change: (d) => addAboutMe(d, 'strengths', 'he loves trains and his big sister, and bubbles'),
      at: () => ({ stage: 'aboutMe', step: Step.aboutMeImportant }),
    })));
    await chat.say(typed);
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())?.aboutMe.important).toEqual(['he loves trains and his big sister, and bubbles', kept]);
  });
});
