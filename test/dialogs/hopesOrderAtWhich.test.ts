import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { hopesOrderSaid } from '../../src/language/hopesOrderSaid';
import type { Transcript } from '../support/transcript';
import { startWith, type Seed } from './journeySeed';

/*
 * "bus then sleep then done" at "which hope shall we work on next?": the bus hope first, then sleep with no
 * "another?" between, then the outcomes end.
 */
const hopes = [
  { text: 'get the bus to town on my own', theme: 'independent_living' as const, needs: ['i get lost'] },
  { text: 'sleep better', theme: 'health_and_wellbeing' as const, needs: ['i wake up in the night'] },
  { text: 'make a friend', theme: 'friends_and_community' as const, needs: ['i am shy'] },
];
const SEED: Seed = {
  today: '2026-12-07', who: 'self', name: 'Kai', age: 15, schoolYear: 10, hopes,
  at: (d) => ({ stage: 'outcomes', step: Step.outcomeAnother, topic: d.aspirations[0]!.id, data: { which: d.aspirations.map((a) => a.id).join(','), next: '1' } }),
};
const ANSWERS: Record<string, string> = {
  [Step.outcomeStep]: 'I will do it on my own',
  [Step.outcomeDoesForMe]: 'i would feel proud',
  [Step.outcomeMakesPossible]: 'go to college',
  [Step.outcomeProvides]: 'help from my teacher',
  [Step.outcomeWhen]: 'by next summer',
  [Step.outcomeMeasure]: 'my mum will see me do it',
  [Step.outcomeConfirm]: 'yes',
};

/** Answers the outcome's questions until the chat leaves this hope's outcome. */
async function finishOutcome(chat: Transcript, topic: string | undefined): Promise<void> {
  for (let turn = 0; turn < 14 && chat.step?.startsWith('outcome.') && chat.step !== Step.outcomeAnother && chat.lastQuestion?.topic === topic; turn++) {
    await chat.say(ANSWERS[chat.step] ?? 'yes');
  }
}

describe('hopes given in order at "which hope next?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"bus then sleep then done": the bus first, then sleep, then no more asked', async () => {
    let seeded;
    ({ chat, seeded } = await startWith(SEED));
    const [bus, sleep] = seeded.aspirations;
    await chat.say('bus then sleep then done');
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(bus!.id);
    await finishOutcome(chat, bus!.id);
    expect(chat.step).toBe(Step.outcomeStep);
    expect(chat.lastQuestion?.topic).toBe(sleep!.id);
    await finishOutcome(chat, sleep!.id);
    const draft = (await chat.draft())!;
    expect(draft.outcomes.map((o) => o.aspirationId)).toEqual([bus!.id, sleep!.id]);
    expect(chat.step).not.toBe(Step.outcomeAnother);
    expect(chat.step?.startsWith('outcome.')).toBe(false);
  });

  it('"bus then sleep" without "done": after sleep, "another?" is asked as usual', async () => {
    let seeded;
    ({ chat, seeded } = await startWith(SEED));
    const [bus, sleep] = seeded.aspirations;
    await chat.say('bus then sleep');
    await finishOutcome(chat, bus!.id);
    expect(chat.lastQuestion?.topic).toBe(sleep!.id);
    await finishOutcome(chat, sleep!.id);
    expect(chat.step).toBe(Step.outcomeAnother);
  });
});

describe('hopesOrderSaid', () => {
  it.each([
    ['bus then sleep then done', { names: ['bus', 'sleep'], thenDone: true }],
    ['first the bus, then sleep, then im finished', { names: ['the bus', 'sleep'], thenDone: true }],
    ['the bus one and then the sleep one', { names: ['the bus one', 'the sleep one'], thenDone: false }],
    ['bus', null],
    ['i want to get the bus into town then go to the shops', null],
  ] as const)('%j', (typed, expected) => {
    expect(hopesOrderSaid(typed)).toEqual(expected);
  });
});
