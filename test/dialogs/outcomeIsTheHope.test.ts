import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const DJ: SeedHope = { text: 'I want to be a DJ', theme: null, needs: ['I get nervous with people watching'] };
const SWIM: SeedHope = { text: 'learn to swim', theme: 'health_and_wellbeing', needs: ['I am scared of the water'] };

const joined = (replies: { text?: string }[]): string => replies.map((r) => r.text ?? '').join(' ');

describe('a step that is the hope again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    [DJ, 'be a DJ by 2030'],
    [DJ, 'i will be a dj'],
    [SWIM, 'lern to swimm by next summer'],
    [SWIM, 'i will be able to swimm'],
  ])('hope %o: "%s" asks for a step on the way, never how it helps the hope', async (hope, typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [hope] }));
    const said = joined(await chat.say(typed));
    expect(said).toMatch(/your hope itself|a great hope to keep/);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.activity.text).toMatch(/one step towards it/);
    expect((await chat.draft())!.outcomes).toEqual([]);
    await chat.say('play music at my cousins party by the summer');
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/play music at my cousins party/);
  });

  it('a step on the way with the same short word is a step, not the hope again', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [DJ] }));
    const said = joined(await chat.say('play a set as a DJ at the school disco by summer'));
    expect(said).not.toMatch(/your hope itself/);
    expect((await chat.draft())!.outcomes[0]!.statement).toMatch(/play a set as a DJ/i);
  });

  it('safeguarding is still heard at the step', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kai', age: 15, schoolYear: 10, hopes: [DJ] }));
    await chat.say('my dad hits me');
    expect(chat.step).toBe(Step.safeguardingCheck);
  });
});
