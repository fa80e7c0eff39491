import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Jordan is 22, has a learning disability and reads the easy-read words. After the safeguarding
 * answer he says more of the worry instead of answering "Are you safe now?" or "carry on, or stop?".
 * That is no miss: it is kept with the flag, he hears a kind word, and the same choice comes again.
 */

const easy = createWords().forMode('easy_read');
const SORRY = /Sorry, I did not get that/;
const MORE = easy('safeguarding:moreHeard.noLead');

async function jordanAfterTheAnswer(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2026-12-02',
    name: 'Jordan',
    age: 22,
    hopes: [{ text: 'to live in my own flat', theme: 'independent_living', needs: ['i need help with money'] }],
    journey: { mode: 'easy_read' },
    at: (d) => ({ stage: 'needs', step: Step.needsBarrier, topic: d.aspirations[0]!.id }),
  });
  await chat.say('my brother hits me and takes my money');
  expect(chat.step).toBe(Step.safeguardingCheck);
  expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['exploitation']);
  return chat;
}

describe('Jordan says more of the worry after the safeguarding answer', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"he still takes my money" at "Are you safe now?" gets a kind word and the same question, not "sorry"', async () => {
    chat = await jordanAfterTheAnswer();
    const asked = chat.lastQuestion?.activity.text;
    expect(asked).toBeTruthy();
    const replies = await chat.say('he still takes my money');
    expect(saidIn(replies)).not.toMatch(SORRY);
    // Money kept from an adult: added to the note, with what helps with that (his money is his) and 999 last.
    expect(saidIn(replies)).toContain(easy('safeguarding:moneyHelp.moreNoLead'));
    expect(saidIn(replies)).toContain(easy('safeguarding:moneyHelp.heard'));
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.activity.text).toBe(asked);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['exploitation']);
  });

  it('"i dont want to go home" at "Are you safe now?" is heard as not safe, with its own flag, not the whole list again', async () => {
    chat = await jordanAfterTheAnswer();
    const replies = await chat.say('i dont want to go home');
    expect(saidIn(replies)).toContain(easy('safeguarding:urgentForAdult'));
    expect(saidIn(replies)).not.toMatch(/Shout/);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['exploitation', 'harm_from_others']);
  });

  it('at "carry on, or stop?", "i dont want to go home" is no "stop": a kind word, then the same choice', async () => {
    chat = await jordanAfterTheAnswer();
    await chat.say('yes');
    const asked = chat.lastQuestion?.activity.text;
    expect(asked).toBeTruthy();
    const replies = await chat.say('i dont want to go home');
    expect(saidIn(replies)).not.toMatch(SORRY);
    expect(saidIn(replies)).toContain(MORE);
    expect(chat.step).toBe(Step.safeguardingCheck);
    expect(chat.lastQuestion?.activity.text).toBe(asked);
    await chat.say('carry on');
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('still caught: "i want to kill myself" at "Are you safe now?" gets the full answer and its own flag', async () => {
    chat = await jordanAfterTheAnswer();
    const replies = await chat.say('i want to kill myself');
    expect(saidIn(replies)).toMatch(/Samaritans/);
    expect((await chat.draft())!.flags.map((f) => f.category)).toEqual(['exploitation', 'self_harm_or_suicide']);
  });
});
