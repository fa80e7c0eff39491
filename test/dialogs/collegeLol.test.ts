import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * "i'll be at college lol": a hope of going to college, said with a laugh. The hope is kept
 * without the "lol"; at the outcome step it is never kept with the laugh in it either.
 */
const JOB: SeedHope = { text: 'I want to get a job in a shop', theme: 'learning_and_work', needs: ['I get nervous'] };
const seed = (hopes: SeedHope[], at?: Parameters<typeof startWith>[0]['at']) =>
  startWith({ today: '2026-12-02', name: 'Mason', age: 19, schoolYear: 14, hopes, ...(at ? { at } : {}) });

describe('"i\'ll be at college lol"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const said of ["i'll be at college lol", 'ill be at college lol', "i'll be at college haha"]) {
    it(`"${said}" at the dream is a hope of college, without the laugh`, async () => {
      ({ chat } = await seed([], () => ({ stage: 'hopes', step: Step.hopesDream })));
      await chat.say(said);
      const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
      expect(hopes.join(' | ')).toMatch(/college/i);
      expect(hopes.join(' | ')).not.toMatch(/lol|haha/i);
    });
  }

  it('"i\'ll be at college lol" at the outcome step keeps no laugh', async () => {
    ({ chat } = await seed([JOB]));
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say("i'll be at college lol");

    const draft = (await chat.draft())!;
    expect(JSON.stringify([draft.outcomes, draft.aspirations])).not.toMatch(/lol/i);
  });
});
