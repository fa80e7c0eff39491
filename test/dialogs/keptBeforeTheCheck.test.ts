import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * An answer given before a safety check cut in is kept; when the question is asked again and the
 * parent asks "did you keep it?", the bot says truthfully that it did. Words that only say the answer
 * is told in short ("Short version:") are never stored.
 */

const PARENT = { who: 'A parent or carer', name: 'Oliver', age: '5' } as const;
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to be able to tell us what he needs',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const SHORT = 'Short version: when he is overwhelmed he bangs his head on the floor and bites his hand';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('an answer given before the check cut in', () => {
  it('is kept without "Short version:", and "did you keep it?" at the same question again says yes', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    await chat.say(SHORT);
    await chat.say('we are safe');
    await chat.say('carry on');
    await chat.say('back');
    expect(chat.step).toBe(Step.needsBarrier);
    const replies = saidIn(await chat.say('I already told you this... did you keep it?'));
    expect(replies).not.toMatch(/haven't kept that yet/);
    expect(replies).toMatch(/Yes\. I've kept "when he is overwhelmed he bangs his head/);
    const needs = (await chat.draft())?.needs.map((n) => n.text) ?? [];
    expect(needs).toEqual(['when he is overwhelmed he bangs his head on the floor and bites his hand']);
  });

  it.each(['long story short, he cant tell us when something hurts', 'Quick version - loud rooms and change'])('%j at the needs question: kept without the lead-in', async (typed) => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    await chat.say(typed);
    const needs = (await chat.draft())?.needs.map((n) => n.text).join(' | ') ?? '';
    expect(needs).not.toMatch(/story short|version/i);
    expect(needs.length).toBeGreaterThan(5);
  });

  it('leave alone: "did you keep it?" before anything was said still says nothing was kept', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('did you keep it?'));
    expect(replies).toMatch(/haven't kept that yet/);
  });
});
