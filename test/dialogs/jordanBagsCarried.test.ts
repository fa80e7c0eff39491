import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Jordan, 17, first year at college, takes an older lad's bag to a flat and does not see it as a
 * problem. Told at the outcome step, one sign alone is asked after gently ("Are you OK?"); a bag taken
 * for money, or a long wait for "someone" to collect it and home late, gets the whole answer and a note.
 * Helping a friend on crutches is no worry.
 */
const JORDAN = {
  today: '2026-12-06',
  name: 'Jordan',
  age: 17,
  hopes: [{ text: 'be a chef', theme: 'learning_and_work' as const, needs: ['getting to college on time'] }],
};

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atOutcome(said: string) {
  ({ chat } = await startWith(JORDAN));
  expect(chat.step).toBe(Step.outcomeStep);
  const replies = saidIn(await chat.say(said));
  return { replies, step: chat.step, flags: (await chat.draft())?.flags.map((f) => f.category) ?? [] };
}

describe('Jordan tells of carrying a bag for an older lad', () => {
  it.each(['Dean gives me money for the bus when I take his bag to the flat', 'i wait there ages till someone comes for the bag, get home after 10', 'he pays me 20 to drop a package round'])(
    '%j: the whole answer and an exploitation note',
    async (said) => {
      const { flags, step } = await atOutcome(said);
      expect(flags).toEqual(['exploitation']);
      expect(step).toBe(Step.safeguardingCheck);
    },
  );

  it.each(['I take his bag there after college', 'Dean gave me the phone'])('%j alone: asked "Are you OK?", no note yet', async (said) => {
    const { replies, flags } = await atOutcome(said);
    expect(replies).toMatch(/OK\?/);
    expect(flags).toEqual([]);
  });

  it('"i carry my friends bag when shes on crutches" is no worry', async () => {
    const { replies, flags } = await atOutcome('i carry my friends bag when shes on crutches');
    expect(replies).not.toMatch(/OK\?|0800 1111/);
    expect(flags).toEqual([]);
  });
});

describe('Jordan asks whether carrying for someone is wrong', () => {
  it.each(['Is something wrong with taking a bag for a mate?', 'is it bad that he gives me money to take stuff', 'is it ok to carry a package for him to the flat'])(
    '%j: a calm, true answer, a note, and the question after',
    async (said) => {
      const { replies, flags, step } = await atOutcome(said);
      expect(replies).toMatch(/can be a way of using you, even if they seem like a mate/);
      expect(replies).toMatch(/It is not your fault/);
      expect(replies).toMatch(/key worker/);
      expect(flags).toEqual(['exploitation']);
      expect(step).toBe(Step.safeguardingCheck);
    },
  );

  it.each(['is it ok to carry my friends bag when shes on crutches', 'is it ok to carry his bag to the car cos its heavy'])('%j is no worry', async (said) => {
    const { replies, flags } = await atOutcome(said);
    expect(replies).not.toMatch(/using you/);
    expect(flags).toEqual([]);
  });
});
