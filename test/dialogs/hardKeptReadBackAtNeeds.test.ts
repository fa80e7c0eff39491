import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * A hard thing typed at the hopes questions is kept with its hope. When the needs questions reach
 * that hope, the bot reads it back and asks whether anything else makes it hard.
 */

describe('a hard thing kept at the hopes questions, at "what makes it hard?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i get realy nervous with customers" is read back for the games shop hope', async () => {
    chat = await throughWelcome({ name: 'Jay', age: '19' });
    await throughAboutMe(chat);
    await chat.say('work in a games shop');
    await chat.say('i get realy nervous with customers');
    for (let i = 0; i < 8 && chat.step !== Step.needsBarrier; i++) await chat.say(chat.step === Step.hopesMore ? 'no' : 'nothing');
    expect(chat.step).toBe(Step.needsBarrier);
    const asked = chat.lastQuestion?.activity.text ?? '';
    // Read back in its own words, with plain slips tidied ("realy").
    expect(asked).toMatch(/You told me: "i get real+y nervous with customers"/i);
    expect(asked).toMatch(/anything else/i);
    expect(asked).not.toContain('What makes this hard for you');
    await chat.say('no thats it');
    expect(chat.step).toBe(Step.needsHelps);
  });
});
