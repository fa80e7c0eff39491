import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * "please stop giving me the numbers" after the safeguarding answer: heard kindly, never kept as an
 * answer, and the help lines are not said again in this chat; a later worry is answered with the
 * help "still there". Hurting themselves, told later, still gets the lines.
 */
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to get better at reading',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const NUMBERS = /0800 1111|85258|116 123|999/;
/** The list of help lines, without the one line for danger now (999), which every worry keeps. */
const LIST = /0800 1111|85258|116 123/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const flagged = async (): Promise<Transcript> => {
  const c = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
  expect(saidIn(await c.say('my brother hits me when i get my reading wrong'))).toMatch(NUMBERS);
  await c.say('im safe');
  return c;
};

describe('"please stop giving me the numbers"', () => {
  it.each(['please stop giving me the numbers', 'i know the numbers', 'stop saying childline', 'no more helplines please'])(
    '%j at "carry on or stop?": heard, and a later worry of another kind is answered without the list, 999 kept',
    async (typed) => {
      chat = await flagged();
      expect(saidIn(await chat.say(typed))).toMatch(/won't give you the numbers again/);
      await chat.say('carry on');
      expect(chat.step).toBe(Step.needsBarrier);
      const later = saidIn(await chat.say('older boys at the bus stop take my money'));
      expect(later).not.toMatch(LIST);
      expect(later).toMatch(/999/);
      expect(later).toMatch(/still there/);
      expect((await chat.draft())?.flags).toHaveLength(2);
    },
  );

  it('"i know the numbers" at a plan question: heard, not kept, and the question stays', async () => {
    chat = await flagged();
    await chat.say('carry on');
    const replies = saidIn(await chat.say('i know the numbers'));
    expect(replies).toMatch(/won't give you the numbers again/);
    expect(chat.step).toBe(Step.needsBarrier);
    expect((await chat.draft())?.needs).toEqual([]);
  });

  it('leave alone: hurting themselves told later still gets the numbers', async () => {
    chat = await flagged();
    await chat.say('i know the numbers');
    await chat.say('carry on');
    expect(saidIn(await chat.say('sometimes i cut myself when it gets too much'))).toMatch(NUMBERS);
  });

  it('leave alone: "what are the numbers again?" is no request to stop them', async () => {
    chat = await flagged();
    expect(saidIn(await chat.say('what are the numbers again?'))).not.toMatch(/won't give you the numbers again/);
  });
});
