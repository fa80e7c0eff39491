import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const JOB: SeedHope = { text: 'keep my job at the garden centre', theme: 'learning_and_work', needs: [] };

describe('a hard thing at work, typed by a 20-year-old', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['filling in forms at work', 'writing emails at my job'])('"%s" is kept for everyday life (Section D), not education', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Dan', age: 20, hopes: [JOB], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say(typed);
    const need = (await chat.draft())!.needs.find((n) => n.text === typed);
    expect(need?.suggestedSection).toBe('social_care');
  });

  it('"filling in forms at college" is about learning: Section B', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Dan', age: 17, schoolYear: 12, hopes: [JOB], at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }) }));
    await chat.say('filling in forms at college');
    expect((await chat.draft())!.needs.find((n) => n.text === 'filling in forms at college')?.suggestedSection).toBe('education');
  });
});
