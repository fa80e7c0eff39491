import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const FRIENDS: SeedHope = { text: 'I want to make friends at my new school', theme: 'friends_and_community', needs: ['I get scared talking to new people'] };

/* Hannah (13) names who will help where the step was asked for: that is help, and the step is still asked. */
describe('a member of staff named as help at the outcome step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"Mrs Patel can help at first" is kept as help from Mrs Patel, and the step still asked', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Hannah', age: 13, schoolYear: 8, hopes: [FRIENDS] }));
    await chat.say('Mrs Patel can help at first');
    expect(chat.step).toBe(Step.outcomeStep);
    expect((await chat.draft())?.outcomes ?? []).toHaveLength(0);
    await chat.say('say hello to one new person at lunch every day');
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.statement).toMatch(/say hello to one new person/);
    expect(outcome?.statement).not.toMatch(/Patel/);
    expect(outcome?.provision.map((p) => p.who)).toContain('Mrs Patel');
  });
});
