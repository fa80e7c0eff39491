import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

const COLLEGE: SeedHope = { text: 'I want to go to college', theme: 'learning_and_work', needs: [] };

/*
 * "did u see the match last night? maths and english.": the question about the match is chatter;
 * the few words after it name things, so they are the answer (only a remark like "canelo got
 * robbed" goes with the chatter).
 */
describe('an answer typed after a question about the match is kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('at what makes it hard, "maths and english" is kept as the need', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Jay',
      age: 15,
      schoolYear: 10,
      hopes: [COLLEGE],
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }));
    await chat.say('did u see the match last night? maths and english.');
    const needs = (await chat.draft())?.needs.map((n) => n.text) ?? [];
    expect(needs).toHaveLength(1);
    expect(needs[0]).toMatch(/^maths and english/);
    expect(chat.step).toBe(Step.needsHelps);
  });

  it('at the outcome step, "maths and english" is what the bot talks about, not the match', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [COLLEGE] }));
    const said = saidIn(await chat.say('did u see the match last night? maths and english.'));
    expect(said).toMatch(/maths and english/);
    expect(said).not.toMatch(/match/);
  });

  it('"u watch the fight on saturday? canelo got robbed" is still chatter only: nothing is kept', async () => {
    ({ chat } = await startWith({
      today: '2026-12-02',
      name: 'Jay',
      age: 15,
      schoolYear: 10,
      hopes: [COLLEGE],
      at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
    }));
    await chat.say('u watch the fight on saturday? canelo got robbed');
    expect((await chat.draft())?.needs ?? []).toHaveLength(0);
    expect(chat.step).toBe(Step.needsBarrier);
  });
});
