import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Plan talk that a tester's chats showed getting "That sounds hard. Are you OK?" from the concern
 * classifier alone: a parent's outcome about toileting, a correction, a question about who sees
 * the plan. The chat never checks these on the classifier's word alone; a rule-backed disclosure
 * inside such talk is still answered (last test).
 */

const standard = createWords().forMode('standard');
const GENTLE = standard('safeguarding:gentle.question');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const said = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

describe("a parent's plan talk", () => {
  it.each([
    'Zofia will wear pants at school in the day and do wee in the toilet when adult take her',
    'No no, this is not hope... Please delete this',
    'who see this plan? I must send it to SENCO myself?',
  ])('%j gets no gentle check', async (typed) => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Zofia', age: 'Year 1' });
    await chat.say('she is kind and she laughs a lot');
    await chat.say('her mum and her teddy');
    await chat.say('give her time and show her pictures');
    expect(chat.step).toBe(Step.hopesDream);
    const replies = await chat.say(typed);
    expect(said(replies)).not.toContain(GENTLE);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toHaveLength(0);
  });

  it('a disclosure the rules back is still answered inside plan talk', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Zofia', age: 'Year 1' });
    const replies = await chat.say('Zofia will be safe at home. her dad hits her when he is drunk');
    expect(said(replies)).toContain('0808 800 5000');
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});

describe('KNOWN FALSE ALARM, owned by the concern detector (rules and classifier), not the chat', () => {
  // Expected: no check at all ("what already helps?" answered with eating in the library). Today a
  // concern rule reads "not allowed food" as neglect. `it.fails` keeps this visible: when the
  // detector stops flagging it this test fails, and should become a plain `it`.
  it.fails('"nothing. sometimes i eat in the library but your not allowed food there" gets no check', async () => {
    chat = await throughWelcome({ name: 'Kai', age: 'year 8' });
    await throughAboutMe(chat);
    await chat.say('to have more friends');
    await chat.say('no');
    for (let i = 0; i < 6 && chat.step?.startsWith('hopes.'); i++) await chat.say('no');
    await chat.say('the lunch hall is really loud');
    expect(chat.step).toBe(Step.needsHelps);
    await chat.say('nothing. sometimes i eat in the library but your not allowed food there');
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });
});
