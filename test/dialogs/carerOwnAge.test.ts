import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/* Gary, 61, kinship carer of Mia (4): his own years are the reason for a hope, not a worry about Mia. */

async function atMiasHopes(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Mia', age: 4, schoolYear: 0 }, [], { at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
  return chat;
}

async function atJaysHopes(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Jay', age: 15, schoolYear: 10, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) });
  return chat;
}

describe('a carer who gives their own age as the reason for a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"I am 61 and I will not be here forever" is not asked "Are you OK?" and gets no help lines', async () => {
    chat = await atMiasHopes();
    const replies = await chat.say('I would like Mia to be able to look after herself one day. I am 61 and I will not be here forever.');
    expect(texts(replies)).not.toMatch(/Are you OK|NSPCC|999/);
    expect(chat.lastQuestion?.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });

  it('"I am 61 and I will not be here forever" stays with the hope it is the reason for, never a hope of its own', async () => {
    chat = await atMiasHopes();
    await chat.say('I would like Mia to be able to look after herself one day. I am 61 and I will not be here forever.');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['I would like Mia to be able to look after herself one day. I am 61 and I will not be here forever.']);
  });

  it('leave alone: two hopes in one message are still two hopes', async () => {
    chat = await atMiasHopes();
    await chat.say('I want her to have friends. I want her to ride a bike.');
    expect((await chat.draft())?.aspirations.length).toBe(2);
  });

  it('"I hope she has good friends because I will not be here forever" is kept as a hope, with no check', async () => {
    chat = await atMiasHopes();
    const replies = await chat.say('I hope she has good friends because I will not be here forever');
    expect(texts(replies)).not.toMatch(/Are you OK/);
    expect((await chat.draft())?.aspirations.length).toBeGreaterThan(0);
  });
});

describe('someone who said "I\'m fine" to the gentle check', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a young person who says it again after "I\'m fine" is asked again: a sign of self-harm is never held back', async () => {
    chat = await atJaysHopes();
    await chat.say("I won't be around forever");
    expect(chat.lastQuestion?.step).toBe(Step.safeguardingCheck);
    await chat.say("I'm fine");
    expect(chat.lastQuestion?.step).not.toBe(Step.safeguardingCheck);
    const replies = await chat.say('i wont be around forever tho');
    expect(texts(replies)).toMatch(/Are you OK/);
  });

  it('leave alone: a clear disclosure after "I\'m fine" still gets the full answer and a flag', async () => {
    chat = await atJaysHopes();
    await chat.say("I won't be around forever");
    await chat.say("I'm fine");
    const replies = await chat.say('i want to kill myself');
    expect(texts(replies)).toMatch(/Childline|0800 1111|999/);
    expect(((await chat.draft())?.flags ?? []).length).toBeGreaterThan(0);
  });
});

describe('a request to take something out', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"delete the bit about not being here forever" is never asked "Are you OK?"', async () => {
    chat = await atJaysHopes();
    await chat.say('to have my own flat');
    const replies = await chat.say('delete the bit about not being here forever');
    expect(texts(replies)).not.toMatch(/Are you OK/);
    expect(chat.lastQuestion?.step).not.toBe(Step.safeguardingCheck);
  });
});
