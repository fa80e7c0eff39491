import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith, walkTo } from './journeySeed';

/*
 * Kai's foster carer at "What would it do for Kai?": after "That sounds hard. Are you OK?" she goes on
 * answering the plan. That answer is kept for the question the check interrupted, with a short thanks:
 * never "Sorry, that wasn't clear", never the NSPCC line, and never saved at the next question.
 */
const WORRY = 'confidence mostly. he says nobody would miss him which breaks my heart';
const HELPLINE = /NSPCC|0808|safeguarding lead|999/;

async function atDoesForMe(): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Kai', age: 6, schoolYear: 1 }, [{ text: 'read on his own', theme: 'learning_and_work', needs: ['he finds letters hard to remember'] }]));
  await chat.say('read a short book to me by himself by the end of year 2');
  await walkTo(chat, Step.outcomeDoesForMe, { [Step.outcomeMeasure]: 'he will read it to me without help' });
  return chat;
}

describe('a plan answer typed at "Are you OK?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept for the open question, thanked, and the plan goes on', async () => {
    chat = await atDoesForMe();
    await chat.say(WORRY);
    expect(chat.step).toBe(Step.safeguardingCheck);
    const replies = await chat.say('reading dinosaur books by himself ha, and the phonics catch up group');
    expect(saidIn(replies)).toMatch(/I've kept that/);
    expect(saidIn(replies)).not.toMatch(/wasn't clear/);
    expect(saidIn(replies)).not.toMatch(HELPLINE);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    expect(JSON.stringify(await chat.draft())).toMatch(/reading dinosaur books by himself/);
    expect((await chat.draft())?.flags ?? []).toEqual([]);
  });

  it('"im fine i was answering ur questions. X" keeps only X, for the question before the check', async () => {
    chat = await atDoesForMe();
    await chat.say(WORRY);
    const replies = await chat.say('im fine i was answering ur questions. reading dinosaur books by himself');
    expect(saidIn(replies)).toMatch(/I've kept that/);
    expect(saidIn(replies)).not.toMatch(HELPLINE);
    expect(chat.step).toBe(Step.outcomeMakesPossible);
    const draft = JSON.stringify(await chat.draft());
    expect(draft).toMatch(/reading dinosaur books by himself/);
    expect(draft).not.toMatch(/answering ur questions/);
  });

  it('"not really" is still heard as not OK', async () => {
    chat = await atDoesForMe();
    await chat.say(WORRY);
    const replies = await chat.say('not really');
    expect(saidIn(replies)).toMatch(HELPLINE);
    expect(((await chat.draft())?.flags ?? []).length).toBeGreaterThan(0);
  });

  it('how the carer is ("struggling a bit tbh") is never kept as a plan answer', async () => {
    chat = await atDoesForMe();
    await chat.say(WORRY);
    await chat.say('struggling a bit tbh');
    expect(JSON.stringify(await chat.draft())).not.toMatch(/struggling a bit/);
  });
});
