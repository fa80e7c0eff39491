import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { BUS_HOPE, BUS_WAY, jessTyping } from './jessSeed';

/* Jess (16, Year 11) names help for her bus outcome, with "idk" and "i guess" around it. */


const help = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!.provision.map((p) => ({ text: p.text, by: p.by }));

describe('help kept for a bus outcome', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('help said with the step that names no service is social care, as the outcome is about getting about', async () => {
    chat = await jessTyping(BUS_HOPE, ['get the 23 bus to town on my own with my headphones on, once a week']);
    expect(await help(chat)).toEqual([{ text: 'my headphones on', by: 'social_care' }]);
  });

  it.each(['idk someone to help find a club', 'someone to help find a club i guess', 'maybe someone to help find a club'])('"%s" is kept without the hedge, as social care', async (typed) => {
    chat = await jessTyping(BUS_HOPE, ['get the 23 bus to town on my own once a week', ...BUS_WAY.slice(0, 4)]);
    expect(chat.step).toBe(Step.outcomeProvides);
    await chat.say(typed);
    expect(await help(chat)).toEqual([{ text: 'someone to help find a club', by: 'social_care' }]);
  });
});

describe('help named where what it makes possible was asked', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"idk someone to help find a club" is kept and read back without "idk"', async () => {
    chat = await jessTyping(BUS_HOPE, ['get the 23 bus to town on my own once a week', ...BUS_WAY.slice(0, 3)]);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const said = saidIn(await chat.say('idk someone to help find a club'));
    expect(said).toContain('"someone to help find a club"');
    expect(said).not.toMatch(/idk/);
    expect(await help(chat)).toEqual([{ text: 'someone to help find a club', by: 'social_care' }]);
  });
});
