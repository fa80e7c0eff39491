import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { readHopeCorrection } from '../../src/language/hopeCorrection';
import { startWith, type SeedHope } from './journeySeed';

/*
 * Bradley, 18, takes every word literally. A question kept as a hope by mistake is put right with
 * "my hope isnt "...". my hope is less noise": that hope becomes "less noise". "just write: less noise"
 * said next puts right the hope just changed, never the hope the open question is about.
 */

const hope = (text: string): SeedHope => ({ text, theme: null, needs: [] });
const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);

async function atKitchenBarrier(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-07',
    name: 'Bradley',
    age: 18,
    hopes: [hope('work in a kitchen'), hope('go to college on my own. on the bus'), hope("It isn't help its what I want")],
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });
  return chat;
}

describe('Bradley puts a hope right', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"my hope isnt "X". my hope is less noise": hope X becomes "less noise", the others stay', async () => {
    chat = await atKitchenBarrier();
    const replies = saidIn(await chat.say('that is wrong. my hope isnt "it isnt help its what i want". my hope is less noise'));
    expect(await hopesOf(chat)).toEqual(['work in a kitchen', 'go to college on my own. on the bus', 'less noise']);
    expect(replies).toMatch(/less noise/);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"no thats worse. just write: less noise" after a hope was changed: the hope just changed, never the kitchen one', async () => {
    chat = await atKitchenBarrier();
    await chat.say('change hope 3 to it isnt help');
    expect(await hopesOf(chat)).toEqual(['work in a kitchen', 'go to college on my own. on the bus', 'it isnt help']);
    const replies = saidIn(await chat.say('no thats worse. just write: less noise'));
    expect(await hopesOf(chat)).toEqual(['work in a kitchen', 'go to college on my own. on the bus', 'less noise']);
    expect(replies).toMatch(/less noise/);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('"just write: work at a cafe" with no hope changed before: the hope asked about, as before', async () => {
    chat = await atKitchenBarrier();
    await chat.say('no. just write: work at a cafe');
    expect((await hopesOf(chat))[0]).toBe('work at a cafe');
  });
});

describe('"my hope isnt ..." names the wrong hope only beside new words', () => {
  it('alone, "my hope is not to be lonely" names no hope to change', () => {
    expect(readHopeCorrection('my hope is not to be lonely')?.notThis ?? null).toBeNull();
    expect(readHopeCorrection('my hope isnt "go to uni". my hope is get a job')).toMatchObject({ notThis: 'go to uni', text: 'get a job', notAHope: true });
  });
});
