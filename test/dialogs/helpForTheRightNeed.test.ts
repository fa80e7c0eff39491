import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Another hard thing said at "What already helps you with this?" is kept; the help typed next goes
 * with the hard thing it is about, not only with the one said last.
 */
describe('help said after a second hard thing', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"extra time in tests and my mate reads stuff to me" goes with the reading, not with the crowds', async () => {
    chat = await throughWelcome({ age: '15' });
    await throughAboutMe(chat);
    await chat.say('do hair and beauty at college');
    await chat.say('no thats it');
    for (let i = 0; i < 6 && chat.step === Step.hopesTheme; i++) await chat.say('nothing for now');
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('my reading is rubbish and i get stressed in exams');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('yeah and i panic in big crowds');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('extra time in tests and my mate reads stuff to me sometimes');
    const needs = (await chat.draft())!.needs;
    const reading = needs.find((n) => /reading/.test(n.text));
    const crowds = needs.find((n) => /crowds/.test(n.text));
    expect(reading?.helps).toEqual(['extra time in tests and my mate reads stuff to me sometimes']);
    expect(crowds?.helps ?? []).toEqual([]);
  });

  it('help that fits neither goes with both, as before', async () => {
    chat = await throughWelcome({ age: '15' });
    await throughAboutMe(chat);
    await chat.say('do hair and beauty at college');
    await chat.say('no thats it');
    for (let i = 0; i < 6 && chat.step === Step.hopesTheme; i++) await chat.say('nothing for now');
    await chat.say('my reading is rubbish');
    await chat.say('i panic in big crowds as well');
    await chat.say('my mum');
    const needs = (await chat.draft())!.needs;
    expect(needs.map((n) => n.helps ?? [])).toEqual([['my mum'], ['my mum']]);
  });
});
