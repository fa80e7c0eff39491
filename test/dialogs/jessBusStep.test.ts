import { afterEach, describe, expect, it } from 'vitest';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { BUS_HOPE, jessTyping } from './jessSeed';

/* Jess (16, Year 11) gives a bus step with what helps her and how often, in one message. */


describe('how often, said after what helps', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('stays in the step; only what helps is kept as help', async () => {
    chat = await jessTyping(BUS_HOPE);
    const said = saidIn(await chat.say('get the 23 bus to town on my own with my headphones on, once a week'));
    expect(said).not.toMatch(/once a week" as help/);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.statement).toBe('get the 23 bus to town on my own once a week');
    expect(outcome.provision.map((p) => p.text)).toEqual(['my headphones on']);
  });
});
