import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const WORK: SeedHope = { text: 'I want to work in a shop', theme: 'learning_and_work', needs: ['I get nervous talking to people'] };

describe('help and hopes told apart by their words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"help getting a job" at the outcome step is kept as help, and the bot asks what it would make possible', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 17, schoolYear: 12, hopes: [WORK] }));
    expect(chat.step).toBe(Step.outcomeStep);
    const replies = await chat.say('help getting a job');
    expect(saidIn(replies)).toMatch(/as help/i);
    expect(chat.step).toBe(Step.outcomeStep);
    await chat.say('I will get a job in a shop by next summer');
    const outcome = (await chat.draft())!.outcomes[0];
    expect(outcome?.provision.map((p) => p.text)).toContain('help getting a job');
    expect(outcome?.statement ?? '').not.toMatch(/help getting/);
  });

  it('"i want to have a party" at "What are your hopes?" is kept as a hope, not as help', async () => {
    chat = await throughWelcome({ name: 'Lily', age: '12', mode: 'Standard words' });
    await throughAboutMe(chat);
    expect(chat.step).toBe(Step.hopesDream);
    const replies = await chat.say('i want to have a party');
    expect(saidIn(replies)).not.toMatch(/as help/i);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toContain('i want to have a party');
    expect(draft.aboutMe.support.join(' | ')).not.toMatch(/party/);
  });
});
