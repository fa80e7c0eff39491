import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * "Just the hope" typed while an outcome for that hope was being made left an outcome linked to no
 * hope. It means: keep the hope, and make no outcome for it now. The half-made outcome goes, kindly.
 */

const COOK: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['i cant use the oven'] };
const JOB: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['i get nervous talking to people'] };
const SEED: Seed = { today: '2026-12-03', name: 'Kai', age: 16, schoolYear: 11, hopes: [COOK, JOB] };

describe('"just the hope" while its outcome is being made', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the hope, leaves out the half-made outcome, and every outcome has a hope', async () => {
    let seeded;
    ({ chat, seeded } = await startWith(SEED));
    await chat.say('I will make beans on toast on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('take out the cook my own tea hope');
    expect((await chat.draft())!.aspirations).toHaveLength(2);
    const replies = await chat.say('Just the hope');
    const draft = (await chat.draft())!;
    for (const outcome of draft.outcomes) expect(draft.aspirations.map((a) => a.id)).toContain(outcome.aspirationId);
    expect(draft.aspirations.map((a) => a.text)).toEqual([COOK.text, JOB.text]);
    expect(draft.outcomes).toEqual([]);
    expect(replies.map((r) => r.text ?? '').join(' ')).toContain(COOK.text);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });
});
