import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { repeatsTheGoal } from '../../src/language/vagueMeasure';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const CHEF: SeedHope = { text: 'be a chef in a proper restaurant', theme: 'learning_and_work', needs: ['reading recipes, my dyslexia'] };

describe('a measure that only says the goal again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is asked once more, and the better answer kept as how everyone will know', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 17, schoolYear: 12, hopes: [CHEF] }));
    await chat.say('pass my level 1 catering and get on level 2');
    if (chat.step === Step.outcomeWhen) await chat.say('by next summer');
    expect(chat.step).toBe(Step.outcomeMeasure);
    await chat.say('i will pass level 1 catering');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect(chat.lastQuestion?.activity.text).toMatch(/goal itself/i);
    await chat.say('my tutor signs off all my units and i get the certificate');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.measure).toBe('my tutor signs off all my units and i get the certificate');
  });

  it('is kept when said again, so no one is asked a third time', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', age: 17, schoolYear: 12, hopes: [CHEF] }));
    await chat.say('learn to budget n pay bills myself');
    if (chat.step === Step.outcomeWhen) await chat.say('next summer');
    await chat.say('i will learn to budget');
    await chat.say('i will learn to budget');
    expect(chat.step).toBe(Step.outcomeDoesForMe);
    expect((await chat.draft())!.outcomes[0]!.measure).toMatch(/learn to budget/i);
  });
});

describe('telling the goal said again from a measure', () => {
  it.each([
    ['i will pass level 1 catering', 'pass my level 1 catering and get on level 2', true],
    ['i will learn to budget', 'learn to budget n pay bills myself', true],
    ['he can ride a bike', 'ride a bike to school', true],
    ['he will ask for things', 'ask for what he wants using 3 words or signs', true],
    ['i can get the bus 5 days in a row without ringing my mum', 'get the bus to college on my own', false],
    ['i get the certificate', 'pass my level 1 catering', false],
    ['my tutor signs off my units', 'pass level 1 catering', false],
    ['when i have a job', 'get a saturday job', false],
  ] as const)('"%s" for "%s": %s', (measure, goal, same) => {
    expect(repeatsTheGoal(measure, goal)).toBe(same);
  });
});
