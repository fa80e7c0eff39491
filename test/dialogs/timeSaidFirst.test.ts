import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const FRIENDS: SeedHope = { text: 'I want to have friends', theme: 'friends_and_community', needs: ['I get scared talking to new people'] };

/* The time said first, in a sentence of its own, and the step after it: both are kept, and "by when?" is not asked. */
describe('a time said before the step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"By the summer. I want to make a friend at my new school" keeps the step and the summer', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Hannah', age: 13, schoolYear: 8, hopes: [FRIENDS] }));
    await chat.say('By the summer. I want to make a friend at my new school');
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.statement).toMatch(/make a friend at my new school/);
    expect(outcome?.timeframe?.phrase).toMatch(/by the summer/i);
    expect(outcome?.timeframe?.date.slice(0, 7)).toBe('2027-07');
    expect(chat.step).not.toBe(Step.outcomeWhen);
  });

  it('"I want to make a friend. Its my birthday tomorrow." keeps no date from the birthday', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Hannah', age: 13, schoolYear: 8, hopes: [FRIENDS] }));
    await chat.say('I want to make a friend at my new school. Its my birthday tomorrow.');
    expect((await chat.draft())?.outcomes[0]?.timeframe ?? null).toBeNull();
  });
});
