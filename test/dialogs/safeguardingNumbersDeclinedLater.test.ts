import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, type Person, type Typed } from '../support/typedWay';

/*
 * After "please stop giving me the numbers": hurting themselves, told later, gets the kind answer and
 * one short line for help now (999, Samaritans), not the whole list again, and the rest is "still
 * there". "I'm safe" after a later worry names no help line. A parent's "I know the numbers, thanks"
 * is heard the same way.
 */
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to get better at reading',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const PARENT: Person = { who: 'A parent or carer', name: 'Sam', age: '13' };
/** The lines said only in the full list: Childline, Shout, the NSPCC, NHS 111. */
const FULL_LIST = /0800 1111|85258|0808 800 5000|call 111/;
const URGENT_ONLY = /call 999\. You can call Samaritans for free on 116 123/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const flagged = async (person: Person, disclosure: string): Promise<Transcript> => {
  const c = await typedTo(Step.needsBarrier, person, TO_NEEDS);
  expect(saidIn(await c.say(disclosure))).toMatch(FULL_LIST);
  await c.say('im safe');
  return c;
};

describe('hurting themselves, told after "i know the numbers"', () => {
  it.each(['sometimes i cut myself when it gets too much', 'i want to kill myself', 'i hurt myself on purpose at night'])(
    '%j: the kind answer and the one line for help now, not the whole list',
    async (typed) => {
      chat = await flagged({ age: '13' }, 'my brother hits me when i get my reading wrong');
      await chat.say('please stop giving me the numbers');
      await chat.say('carry on');
      const later = saidIn(await chat.say(typed));
      expect(later).toMatch(/Thank you for telling me/);
      expect(later).toMatch(URGENT_ONLY);
      expect(later).not.toMatch(FULL_LIST);
      expect(later).toMatch(/still there/);
    },
  );

  it('leave alone: without "i know the numbers", hurting themselves gets the whole list', async () => {
    chat = await flagged({ age: '13' }, 'my brother hits me when i get my reading wrong');
    await chat.say('carry on');
    expect(saidIn(await chat.say('sometimes i cut myself when it gets too much'))).toMatch(FULL_LIST);
  });
});

describe('"im safe" after "i know the numbers"', () => {
  it.each(['im safe', 'yes im safe now', 'yeah i am safe'])('%j to a later worry: glad, and no help line named', async (typed) => {
    chat = await flagged({ age: '13' }, 'my brother hits me when i get my reading wrong');
    await chat.say('i know the numbers');
    await chat.say('carry on');
    await chat.say('older boys at the bus stop take my money');
    const glad = saidIn(await chat.say(typed));
    expect(glad).toMatch(/glad you're safe/);
    expect(glad).not.toMatch(/Childline|Samaritans|0800 1111|116 123/);
  });

  it('leave alone: "im safe" without declining still names Childline', async () => {
    const c = await typedTo(Step.needsBarrier, { age: '13' }, TO_NEEDS);
    chat = c;
    await c.say('my brother hits me when i get my reading wrong');
    expect(saidIn(await c.say('im safe'))).toMatch(/Childline/);
  });
});

describe('a parent who has the numbers', () => {
  it.each(['I know the numbers, thanks', "you don't need to keep giving me helplines", 'we already have the numbers', 'no need to keep sending us the numbers'])(
    '%j: heard, and a later worry is answered without the numbers',
    async (typed) => {
      chat = await flagged(PARENT, 'his dad hits him when he gets angry');
      expect(saidIn(await chat.say(typed))).toMatch(/won't give you the numbers again/);
      await chat.say('carry on');
      const later = saidIn(await chat.say('older kids at school are bullying him every day'));
      expect(later).not.toMatch(FULL_LIST);
      expect(later).toMatch(/still there/);
    },
  );

  it('their child wanting to die, told later: 999 for a child in danger, not the whole list', async () => {
    chat = await flagged(PARENT, 'his dad hits him when he gets angry');
    await chat.say('I know the numbers, thanks');
    await chat.say('carry on');
    const later = saidIn(await chat.say('he says he wants to kill himself'));
    expect(later).toMatch(/If a child is in danger right now, call 999/);
    expect(later).not.toMatch(FULL_LIST);
    expect(later).toMatch(/still there/);
  });

  it('leave alone: "what are the numbers again?" is no request to stop them', async () => {
    chat = await flagged(PARENT, 'his dad hits him when he gets angry');
    expect(saidIn(await chat.say('what are the numbers again?'))).not.toMatch(/won't give you the numbers again/);
  });
});
