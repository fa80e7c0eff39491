import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/*
 * "Would you like to carry on with your plan, or stop for now?" after a worry: anything that is not
 * a stop means carry on, and words that answer the question the worry interrupted are that answer.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atCarryOn(): Promise<Transcript> {
  chat = await typedTo(Step.hopesDream, { name: 'Josh', age: '20' });
  await chat.say('the lad upstairs hits me and takes my food');
  await chat.say('yes im safe');
  expect(chat.step).toBe(Step.safeguardingCheck);
  return chat;
}

describe('carrying on after a worry', () => {
  it.each(['ok', 'sure', 'lets go', 'yeah go on'])('"%s" carries on with the plan', async (words) => {
    const chat = await atCarryOn();
    await chat.say(words);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('hopes typed there are kept as the answer to the hopes question, and the plan goes on', async () => {
    const chat = await atCarryOn();
    await chat.say('get a job at the football ground. and have my own place one day');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect(chat.step).not.toBe(Step.hopesDream);
    const hopes = ((await chat.draft())?.aspirations ?? []).map((a) => a.text.toLowerCase());
    expect(hopes.some((h) => h.includes('football ground'))).toBe(true);
    expect(hopes.some((h) => h.includes('own place'))).toBe(true);
  });

  it('"stop for now" still stops', async () => {
    const chat = await atCarryOn();
    await chat.say('stop for now');
    expect(chat.step).not.toBe(Step.hopesDream);
  });

  it('after a worry told at "Do you feel safe?", words typed at carry on never join an earlier answer', async () => {
    chat = await typedTo(Step.aboutMeSafe, { name: 'Josh', age: '20' });
    await chat.say('mostly. sometimes the lad upstairs hits me and takes my food');
    await chat.say('yeah im safe');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('get a job at the football ground. and have my own place one day');
    expect(chat.step).toBe(Step.hopesDream);
    const aboutMe = JSON.stringify((await chat.draft())?.aboutMe ?? {});
    expect(aboutMe).not.toContain('football');
  });
});
