import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith } from './journeySeed';
import { FRIENDS } from './outcomeSeed';

/* "can you write it for me", "idk what to put, you do it" at the step: never kept as the outcome; the step stays open. */

describe('asking the bot to write the step', () => {
  let chat: Transcript | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it.each(['can you write it for me', 'you write it', 'idk what to put, you do it'])('"%s" is never kept, and the step is asked again', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-04', name: 'Mia', age: 14, schoolYear: 9, hopes: [FRIENDS] }));
    const reply = saidIn(await chat.say(typed));
    expect(chat.step).toBe(Step.outcomeStep);
    expect(reply.length).toBeGreaterThan(0);
    const draft = (await chat.draft())!;
    expect(draft.outcomes).toEqual([]);
    expect(JSON.stringify(draft)).not.toMatch(/you do it|write it/i);
  });
});
