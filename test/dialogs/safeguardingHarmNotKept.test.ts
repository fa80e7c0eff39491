import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * A message that raised a flag at "What makes this hard?" never goes into the plan's needs, hopes or
 * outcomes: the chat says the download leaves the note out, so the note's words must not be there.
 * Only what was said beside the harm may be offered back, and it is kept only with their yes.
 */

const standard = createWords().forMode('standard');
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atBarrier(): Promise<Transcript> {
  chat = await throughWelcome({ name: 'Sam', age: '16' });
  await throughAboutMe(chat);
  await chat.say('to work in a shop');
  for (let i = 0; i < 6 && chat.step?.startsWith('hopes.'); i++) await chat.say('no');
  expect(chat.step).toBe(Step.needsBarrier);
  return chat;
}

/** Answers whatever safety question is open ("yes im ok"), then carries on, back to the plan. */
async function okThenCarryOn(chat: Transcript): Promise<string> {
  let said = '';
  for (const reply of ['yes im ok', 'no thanks', 'carry on']) {
    if (!chat.step?.startsWith('safeguarding.')) break;
    said += saidIn(await chat.say(reply));
  }
  return said;
}

const planWords = async (chat: Transcript): Promise<string> => {
  const draft = await chat.draft();
  return JSON.stringify([draft?.needs, draft?.aspirations, draft?.outcomes]);
};

describe('a flagged message at "What makes this hard?"', () => {
  it('"some lads ... take my money sometimes but its fine": flagged, none of it kept, the question asked again', async () => {
    const chat = await atBarrier();
    await chat.say('some lads at the bus stop take my money sometimes but its fine');
    const back = await okThenCarryOn(chat);
    const draft = await chat.draft();
    expect(draft?.flags.length).toBeGreaterThan(0);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(back).not.toContain('You said: "');
    expect(await planWords(chat)).not.toMatch(/lads|money|its fine/);
    // Their next answer is kept as usual.
    await chat.say('i get nervous talking to customers');
    expect(await planWords(chat)).toContain('nervous talking to customers');
    expect(await planWords(chat)).not.toMatch(/lads|money/);
  });

  it('the part beside the harm is offered back and kept only with their yes', async () => {
    const chat = await atBarrier();
    await chat.say('i find counting change really hard. also some lads at the bus stop take my money');
    const back = await okThenCarryOn(chat);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(back).toContain('You said: "');
    expect(back).toContain('counting change');
    expect(back).not.toMatch(/lads|bus stop/);
    expect(await planWords(chat)).not.toMatch(/counting change|lads|money/);
    expect(chat.lastQuestion?.choices).toContain(standard('safeguarding:offerBack.keep'));
    await chat.say('yes');
    const words = await planWords(chat);
    expect(words).toContain('counting change');
    expect(words).not.toMatch(/lads|bus stop|take my money/);
  });
});
