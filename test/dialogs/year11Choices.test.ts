import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

describe('"by when?" choices for a Year 11 pupil', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('offer the end of sixth form or college, never "End of Year 13", and the tap keeps its date', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Ella', age: 16, schoolYear: 11, hopes: [{ text: 'be a nurse', theme: 'learning_and_work', needs: ['science is hard'] }] }));
    await chat.say('pass my science gcse');
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(chat.lastQuestion!.choices).not.toContain('End of Year 13');
    expect(chat.lastQuestion!.choices).toContain('End of sixth form or college');
    await chat.say('End of sixth form or college');
    const timeframe = (await chat.draft())!.outcomes[0]!.timeframe;
    expect(timeframe?.phrase).toBe('by the end of sixth form or college');
    expect(timeframe?.date.slice(0, 7)).toBe('2029-07');
  });
});
