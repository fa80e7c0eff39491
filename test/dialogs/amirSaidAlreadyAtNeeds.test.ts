import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Amir, 20, in easy read, has said what makes getting a job hard. At his gym hope, "i said gym
 * alredy" and "same as befor" point at what he said before: that hard thing is linked to the gym
 * hope too, and nothing new is kept ("as befor" never is).
 */
async function atGymHope(): Promise<{ chat: Transcript; gym: string }> {
  const { chat, seeded } = await startWith({
    today: '2026-12-06',
    name: 'Amir',
    age: 20,
    hopes: [
      { text: 'get a job', theme: 'learning_and_work', needs: ['reading and travel'] },
      { text: 'go to the gym', theme: 'health_and_wellbeing', needs: [] },
    ],
    at: (draft) => ({ stage: 'needs', step: Step.needsBarrier, topic: draft.aspirations[1]!.id }),
    journey: { mode: 'easy_read' },
  });
  return { chat, gym: seeded.aspirations[1]!.id };
}

describe('Amir points at what he said before, at his gym hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i said gym alredy', 'same as befor', 'i said it alredy', 'same as bfore'])('%j links the earlier hard thing and keeps nothing new', async (typed) => {
    let gym: string;
    ({ chat, gym } = await atGymHope());
    const reply = saidIn(await chat.say(typed));
    expect(reply).toMatch(/reading and travel/);
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.text)).toEqual(['reading and travel']);
    expect(needs[0]!.aspirationIds).toContain(gym);
    expect(chat.step).toBe(Step.needsMore);
  });

  it('"i get tired quick" is kept as a new hard thing', async () => {
    ({ chat } = await atGymHope());
    await chat.say('i get tired quick');
    expect((await chat.draft())!.needs.map((n) => n.text)).toContain('i get tired quick');
  });
});
