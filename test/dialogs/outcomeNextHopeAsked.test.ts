import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import { cookDone } from './outcomeSeed';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed, type SeedHope } from './journeySeed';

/*
 * After one hope's outcome, with several hopes left, the person chooses which hope comes next: the
 * bot never skips a hope for another of its own choosing. Typed answers: a number, a few words of
 * the hope, or its part of life.
 */
const COOK: SeedHope = { text: 'cook my own tea', theme: 'independent_living', needs: ['i cant use the oven'] };
const JOB: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: ['i get nervous talking to people'] };
const GYM: SeedHope = { text: 'go to the gym with my mates', theme: 'health_and_wellbeing', needs: ['i dont know how the machines work'] };

const SEED: Seed = {
  today: '2026-12-03',
  name: 'Kai',
  age: 16,
  schoolYear: 11,
  hopes: [COOK, JOB, GYM],
  change: cookDone,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id }),
};

describe('which hope comes next is asked, never chosen for them', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"yeah ok" to "another outcome?" with two hopes left asks which one, listing both', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(SEED));
    await chat.say('yeah ok');
    expect(chat.step).toBe(Step.outcomeAnother);
    const asked = chat.lastQuestion?.activity.text ?? '';
    expect(asked).toContain(seeded.aspirations[1]!.text);
    expect(asked).toContain(seeded.aspirations[2]!.text);
    expect(asked).not.toContain(seeded.aspirations[0]!.text);
  });

  it.each([
    ['the job one', 1],
    ['work', 1],
    ['1', 1],
    ['2', 2],
    ['gym', 2],
  ] as const)('then %j asks the step for that hope', async (typed, index) => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(SEED));
    await chat.say('yeah ok');
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[index]!.id);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('a step said with the yes that names no hope waits for the hope to be chosen, then is kept there', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(SEED));
    await chat.say('yes i want to try something new by summer');
    expect(chat.step).toBe(Step.outcomeAnother);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
    await chat.say('the gym one');
    const outcomes = (await chat.draft())!.outcomes;
    expect(outcomes).toHaveLength(2);
    expect(outcomes[1]!.aspirationId).toBe(seeded.aspirations[2]!.id);
  });

  it('"yes" again and again at "which hope next?" starts with the first hope listed, and says so, never looping', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(SEED));
    await chat.say('yeah ok');
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeAnother);
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });

  it('leave alone: "yes, one for the job" goes straight to that hope', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith(SEED));
    await chat.say('yes, one for the job');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });

  it('leave alone: with one hope left, a plain yes goes to it', async () => {
    let seeded: Draft;
    ({ chat, seeded } = await startWith({ ...SEED, hopes: [COOK, JOB] }));
    await chat.say('yes');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(seeded.aspirations[1]!.id);
  });
});
