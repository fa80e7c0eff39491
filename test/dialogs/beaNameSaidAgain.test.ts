import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/* Bea, 11, to "Shall I call you Bea?": "Bea! B-E-A. its short for Beatrice…" says her name again, so it is a yes. */

const seed: Seed = { today: '2026-12-02', hopes: [], at: () => ({ stage: 'welcome', step: Step.welcomeName, data: { confirm: 'Bea' } }) };

describe('the name read back, said again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['Bea! B-E-A. its short for Beatrice…', 'bea', 'B-E-A lol', 'Bea :) thats me'])('"%s" keeps Bea', async (typed) => {
    ({ chat } = await startWith(seed));
    await chat.say(typed);
    expect((await chat.draft())!.youngPerson.name).toBe('Bea');
    expect(chat.step).not.toBe(Step.welcomeName);
  });

  it('"Bea? no call me Beatrice" never keeps Bea', async () => {
    ({ chat } = await startWith(seed));
    await chat.say('Bea? no call me Beatrice');
    expect((await chat.draft())!.youngPerson.name).not.toBe('Bea');
  });

  it.each(['Bea. my dad hits me', 'bea. he touches me', 'Bea! i want to die'])('"%s" is still heard as a worry', async (typed) => {
    ({ chat } = await startWith(seed));
    await chat.say(typed);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
