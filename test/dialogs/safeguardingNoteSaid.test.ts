import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * After a flag, "what does the note say?" gets a short plain answer about the note (a worry was
 * noted, what kind, for an adult to check), never the safeguarding answer again; then the question
 * that was open is asked again.
 */
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to get better at reading',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const DISCLOSED = 'my brother hits me when i get my reading wrong';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"what does the note say?" after a flag', () => {
  it.each(['what does the note say?', 'what did you write down about me?', 'whats in the note', 'can i see the note'])(
    '%j at a plan question: what the note is, no help lines, and the question again',
    async (typed) => {
      chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
      await chat.say(DISCLOSED);
      await chat.say('im safe');
      await chat.say('carry on');
      expect(chat.step).toBe(Step.needsBarrier);
      const replies = saidIn(await chat.say(typed));
      expect(replies).toMatch(/The note says you told me something that sounded like/);
      expect(replies).not.toMatch(CRISIS);
      expect(chat.step).toBe(Step.needsBarrier);
      expect((await chat.draft())?.needs).toEqual([]);
      expect((await chat.draft())?.flags).toHaveLength(1);
    },
  );

  it('"what does the note say?" at "carry on or stop?": what the note is, and that question again', async () => {
    chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
    await chat.say(DISCLOSED);
    await chat.say('im safe');
    const replies = saidIn(await chat.say('what does the note say?'));
    expect(replies).toMatch(/The note says you told me something that sounded like/);
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/didn't get that/);
  });

  it('leave alone: "what did you write down about me?" with no note is read as before, no note answer', async () => {
    chat = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
    const replies = saidIn(await chat.say('what did you write down about me?'));
    expect(replies).not.toMatch(/The note says/);
    expect(replies).not.toMatch(CRISIS);
  });
});
