import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Kerry, 20, at the read-back of "I will make my tea on my own 3 times a week", types "acshully 2 times
 * a week": how often is put right in her goal, never kept as the whole sentence.
 */
const COOK: SeedHope = { text: 'cook helthy food', theme: 'independent_living', needs: ['I forget the steps'] };
const ANSWERS: Record<string, string> = {
  [Step.outcomeWhen]: 'in 6 months',
  [Step.outcomeMeasure]: 'my staff will see',
  [Step.outcomeDoesForMe]: 'grown up',
  [Step.outcomeMakesPossible]: 'have friends round for tea',
  [Step.outcomeProvides]: 'easy recipes with pictures',
};

describe('how often put right at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"acshully 2 times a week" changes "3 times a week" in the goal', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Kerry', age: 20, hopes: [COOK] }));
    await chat.say('make my tea on my own 3 times a week');
    for (let i = 0; i < 8 && chat.step !== Step.outcomeConfirm && ANSWERS[chat.step ?? '']; i++) await chat.say(ANSWERS[chat.step ?? '']!);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const replies = saidIn(await chat.say('acshully 2 times a week'));
    expect(replies).not.toMatch(/Start with/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const statement = (await chat.draft())?.outcomes[0]?.statement ?? '';
    expect(statement).toMatch(/make my tea on my own 2 times a week/);
    expect(statement).not.toMatch(/acshully|3 times/);
  });
});
