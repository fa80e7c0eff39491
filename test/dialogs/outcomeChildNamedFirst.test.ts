import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type Seed } from './journeySeed';

/* Margaret gave no name for her daughter, then typed the outcome starting with it. */
const NO_NAME: Seed = { today: '2026-12-02', who: 'parent_carer', age: 6, schoolYear: 1, hopes: [{ text: 'to swim with her cousins', theme: null, needs: ['she is scared of water'] }] };

describe('an outcome typed starting with the child\'s name, no name given before', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Ellie-May will learn to swim" is read back in that voice and the name is kept', async () => {
    ({ chat } = await startWith(NO_NAME));
    const said = saidIn(await chat.say('Ellie-May will learn to swim by the end of year 2'));
    expect(said).not.toMatch(/I will Ellie-May|will Ellie-May will|They will/i);
    expect((await chat.draft())!.youngPerson.name).toBe('Ellie-May');
  });
});
