import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Two jobs kept as two hopes, then "wait actually not footballer ... just chef": the footballer hope
 * is taken out, the chef hope stays and is read back, and nothing of "wait actually" is kept.
 */
const AT_DREAM = { today: '2026-12-02', name: 'Nathan', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes' as const, step: Step.hopesDream }) };

describe('one of two hopes taken back at "another hope?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    'wait actually not footballer ... just chef',
    'actually not footballer just chef',
    'no not footballer, just chef',
  ])('"%s" keeps only the chef hope', async (typed) => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('be a footballer. or a chef');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
    const said = saidIn(await chat.say(typed));
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['be a chef']);
    expect(said).toMatch(/be a chef/i);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"not footballer just mechanic": the footballer hope goes, the mechanic hope is kept in his words', async () => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('be a footballer. or a chef');
    await chat.say('not footballer just mechanic');
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['be a chef', 'mechanic']);
  });

  it.each(['not footballer just my dad hits me', 'no not chef, just i want to die'])('"%s" is heard as harm, never kept as a hope', async (typed) => {
    ({ chat } = await startWith(AT_DREAM));
    await chat.say('be a footballer. or a chef');
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
