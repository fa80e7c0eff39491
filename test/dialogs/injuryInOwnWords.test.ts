import { afterEach, describe, expect, it } from 'vitest';
import { Step, type StepId } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn as said, typedTo, type Typed } from '../support/typedWay';

/*
 * "ive hurt me back": "me" for "my", as many people say it. A sore back is an injury to plan around,
 * not harm from someone; "he hurt me" and "they hurt me back at home" still get the warm answer.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to go to college on my own',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};

const flagsOf = async (chat: Transcript) => (await chat.draft())?.flags ?? [];

describe('an injury said with "me" for "my"', () => {
  it.each([Step.aboutMeSupport, Step.needsBarrier] as StepId[])('"ive hurt me back" at %s: no crisis answer and no flag', async (step) => {
    chat = await typedTo(step, { name: 'Sam', age: '15' }, TO_NEEDS);
    const replies = await chat.say('ive hurt me back');
    expect(said(replies)).not.toMatch(CRISIS);
    expect(await flagsOf(chat)).toEqual([]);
  });

  it.each(['he hurt me', 'they hurt me back at home'])('%j at the needs question still gets the warm answer and a flag', async (typed) => {
    chat = await typedTo(Step.needsBarrier, { name: 'Sam', age: '15' }, TO_NEEDS);
    const replies = await chat.say(typed);
    expect(said(replies)).toMatch(CRISIS);
    expect((await flagsOf(chat)).map((f) => f.category)).toEqual(['harm_from_others']);
  });
});
