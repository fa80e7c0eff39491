import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, type SeedHope } from './journeySeed';

/* "dunno. soon" at "by when?": a kind guess with times to pick, never only "I did not get the time". */

const BUSTER: SeedHope = { text: 'walk buster more', theme: 'health_and_wellbeing', needs: ['hes a staffie. hes well strong'] };

describe('a time with no date in it, typed at "by when?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['dunno. soon', 'not long', 'idk whenever lol'])('"%s" is met with times to choose from, and "6 months" then keeps the date', async (typed) => {
    ({ chat } = await startWith({ today: '2026-12-02', name: 'Connor', age: 20, hopes: [BUSTER] }));
    await chat.say('easy read');
    await chat.say('walk buster to the park on my own');
    expect(chat.step).toBe(Step.outcomeWhen);
    const said = saidIn(await chat.say(typed));
    expect(chat.step).toBe(Step.outcomeWhen);
    expect(said).toContain('6 months');
    expect(said).toContain('summer');
    expect(said).not.toMatch(/did not get/i);
    await chat.say('6 months');
    expect((await chat.draft())!.outcomes[0]!.timeframe?.date).toBe('2027-06-02');
  });

  it('late in the school year the guess is never "by the summer", weeks away', async () => {
    ({ chat } = await startWith({ today: '2027-06-01', name: 'Connor', age: 20, hopes: [BUSTER] }));
    await chat.say('walk buster to the park on my own');
    const said = saidIn(await chat.say('soon'));
    expect(said).toContain('6 months');
    expect(said).not.toContain('summer');
  });
});
