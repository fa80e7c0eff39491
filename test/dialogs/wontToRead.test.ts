import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Noah, 10, types "wont" for "want": "i wont to be a fotballer or make lego" is read back as "I want
 * to be a fotballer...", his other spellings kept. "no i DO wont to" after the read-back puts it right.
 */
describe('"wont to" read as "want to"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the hope is read back with "want to", and "no i DO wont to" is never a no', async () => {
    chat = await throughWelcome({ name: 'Noah', age: '10' });
    await throughAboutMe(chat);
    const readBack = saidIn(await chat.say('i wont to be a fotballer or make lego'));
    expect(readBack).toMatch(/I want to be a fotballer or make lego/);
    expect(readBack).not.toMatch(/won't/);
    expect(chat.step).toBe(Step.hopesMore);
    const replies = saidIn(await chat.say('no i DO wont to'));
    expect(chat.step).toBe(Step.hopesMore);
    expect(replies).toMatch(/I want to be a fotballer or make lego/);
    expect(replies).not.toMatch(/won't/);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual(['i wont to be a fotballer or make lego']);
  });

  it('leave alone: "no" at "another hope?" is still a no', async () => {
    chat = await throughWelcome({ name: 'Noah', age: '10' });
    await throughAboutMe(chat);
    await chat.say('i wont to be a fotballer or make lego');
    await chat.say('no');
    expect(chat.step).not.toBe(Step.hopesMore);
  });
});
