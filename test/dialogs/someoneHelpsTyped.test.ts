import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Asked for a step, Jo says who helps: "my mum helps". That is help, kept as provision for the
 * outcome, and the step is asked for; it is never read back as "I will my mum helps".
 */

const COOK: SeedHope = { text: 'live on my own one day', theme: 'independent_living', needs: [] };

describe('who helps is kept as help, never as the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"my mum helps" at the step is kept as help, and the step asked for', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jo', age: 16, schoolYear: 11, hopes: [COOK] }));
    await chat.say('my mum helps');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())!.outcomes).toEqual([]);
    await chat.say('make my own breakfast every day');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toMatch(/breakfast/);
    expect(outcome.provision.map((p) => p.text)).toContain('my mum helps');
  });

  it('"my mum helps me cook" is a step with help beside it, not help alone', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jo', age: 16, schoolYear: 11, hopes: [COOK] }));
    await chat.say('my mum helps me cook');
    expect((await chat.draft())!.outcomes.length).toBe(1);
  });
});
