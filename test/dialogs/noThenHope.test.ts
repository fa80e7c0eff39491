import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, startWith, type Seed } from './journeySeed';

/*
 * At "another hope?", a no that goes straight on to a hope ("no, learn to drive") is that hope,
 * as "no, but ..." is; "no thanks" is still a no.
 */

const SEED: Seed = parentSeed({ name: 'Sami', age: 6, schoolYear: 1 }, [
  { text: 'I hope he will talk more', theme: 'learning_and_work', needs: ['he has few words'] },
  { text: 'to have a friend', theme: 'friends_and_community', needs: ['other children do not understand him'] },
], { at: () => ({ stage: 'hopes', step: Step.hopesMore }) });


describe('"no" and then a hope, at "another hope?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"no, learn to drive" keeps "learn to drive" as the next hope', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('no, learn to drive');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(3);
    expect(hopes[2]).toMatch(/learn to drive/i);
    expect(hopes[2]).not.toMatch(/^no\b/i);
  });

  it('"no thanks" is still a no', async () => {
    ({ chat } = await startWith(SEED));
    await chat.say('no thanks');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
  });
});
