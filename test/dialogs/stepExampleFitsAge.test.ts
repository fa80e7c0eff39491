import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/* A parent of a 16-year-old who names help at the step is given an example that fits a 16-year-old. */

const HOPE = { text: 'to make friends at college', theme: 'friends_and_community' as const, needs: ['he finds groups hard'] };

describe('the example after help is named at the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('fits a 16-year-old: no story time', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Sam', age: 16, schoolYear: 11 }, [HOPE])));
    const replies = saidIn(await chat.say('he needs a TA with him'));
    expect(chat.step).toBe(Step.outcomeStep);
    expect(replies).toMatch(/What would that help Sam do\?/);
    expect(replies).not.toMatch(/story time/i);
  });

  it('a 4-year-old is still given the story-time example', async () => {
    ({ chat } = await startWith(parentSeed({ name: 'Leo', age: 4, schoolYear: 0 }, [{ ...HOPE, text: 'to play with other children' }])));
    const replies = saidIn(await chat.say('he needs a TA with him'));
    expect(replies).toMatch(/story time/i);
  });
});
