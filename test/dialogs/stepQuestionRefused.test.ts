import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn as texts, startWith } from './journeySeed';

/*
 * Marcy (14) at the first "What is one step ...?" typed "dont want to answer that" and was asked
 * "Would you like to add another outcome?" with no outcome made. Expected: "that's OK", and the
 * choice to leave this hope for now and come back to it; never "another".
 */

const MARCY = { today: '2026-12-07', name: 'Marcy', age: 14, schoolYear: 9 };
const SHOPS = { text: 'go to the shops on my own', theme: 'independent_living' as const, needs: ['busy places are too loud'] };

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"dont want to answer that" at the first step question', () => {
  it('is heard kindly, with the choice to skip this hope and come back; no outcome, never "another"', async () => {
    ({ chat } = await startWith({ ...MARCY, hopes: [SHOPS] }));
    expect(chat.step).toBe('outcome.step');
    const replies = texts(await chat.say('dont want to answer that'));
    expect(replies).toMatch(/^That's OK\. You don't have to answer that\./);
    expect(replies).toMatch(/Say "skip" to leave this hope for now/);
    expect(replies).toMatch(/come back to it/);
    expect(replies).not.toMatch(/another outcome/i);
    expect(chat.step).toBe('outcome.step');
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });

  it('"skip" after it leaves the hope, keeping nothing', async () => {
    ({ chat } = await startWith({ ...MARCY, hopes: [SHOPS] }));
    await chat.say('dont want to answer that');
    await chat.say('skip');
    expect(chat.step).not.toBe('outcome.step');
    expect((await chat.draft())!.outcomes).toHaveLength(0);
  });

  it('a worry beside it is still heard: "dont want to answer that. he hits me when hes drunk"', async () => {
    ({ chat } = await startWith({ ...MARCY, hopes: [SHOPS] }));
    const replies = texts(await chat.say('dont want to answer that. he hits me when hes drunk'));
    expect(replies).toMatch(/0800 1111|999|Are you (?:safe|OK)/);
  });
});
