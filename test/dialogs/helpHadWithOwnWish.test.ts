import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/* "staff remind me but i want to do it myself": the help had now is kept; the wish to do it alone is no wished-for help. */
const MEDS: SeedHope = { text: 'live on my own', theme: 'independent_living', needs: [] };
const atNeeds = { today: '2026-12-02', name: 'Sam', age: 22, hopes: [MEDS], at: (d: { aspirations: { id: string }[] }) => ({ stage: 'needs' as const, step: Step.needsBarrier, topic: d.aspirations[0]!.id }) };

describe('help had, with a wish to do it alone', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"staff remind me but i want to do it myself" keeps "staff remind me" as help they have', async () => {
    ({ chat } = await startWith(atNeeds));
    await chat.say('i forget to take my tablets');
    expect(chat.step).toBe(Step.needsHelps);
    const said = saidIn(await chat.say('staff remind me but i want to do it myself'));
    expect(said).not.toMatch(/help you would like/i);
    const need = (await chat.draft())!.needs[0]!;
    expect(JSON.stringify(need)).toContain('staff remind me');
  });
});
