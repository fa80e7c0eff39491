import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/*
 * After two coaching questions the bot leaves the hope for the key worker; the step the person gave
 * last is kept in their words (never dropped), and the bot says so. A shrug is not kept.
 */

const VET: SeedHope = { text: 'work with animals', theme: 'learning_and_work', needs: ['I find reading hard'] };

async function atTheStep(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Sam', age: 15, schoolYear: 10, hopes: [VET] });
  expect(chat.step).toBe(Step.outcomeStep);
  return chat;
}

describe('the last step given is kept when the bot leaves a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('three big dreams in a row: the last is kept as said', async () => {
    chat = await atTheStep();
    await chat.say('be a vet one day');
    await chat.say('become a vet when I grow up');
    const said = saidIn(await chat.say('I want to be a famous vet'));
    expect(said).toContain("Let's leave this one for now. I've kept");
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.statement)).toEqual(['I want to be a famous vet']);
  });

  it('leave alone: a shrug after the coaching is not kept', async () => {
    chat = await atTheStep();
    await chat.say('be a vet one day');
    await chat.say('become a vet when I grow up');
    await chat.say('dunno');
    expect((await chat.draft())!.outcomes).toEqual([]);
  });
});
