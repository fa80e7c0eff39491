import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A mum tells how her young autistic son, when overwhelmed, is rough with his baby sister, and asks
 * for help with it. That is the child's behaviour and a need for the plan, with support for the
 * family; never the crisis answer about domestic abuse. An adult hurting a child still is.
 */

const PARENT = { who: 'A parent or carer', name: 'Oliver', age: '5' } as const;
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to be able to tell us what he needs',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const OLIVER =
  "when Oliver is overwhelmed he can be really rough with his baby sister Poppy. He pushes her or pulls her hair or once he threw a toy at her. I don't think he means to hurt her... I'd really like some help with it, ideas or support";
const FAMILY_LINE = /plan can help with this|can go in (?:his|the) plan/i;
const SUPPORT = /support/i;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent: the child rough with a brother or sister when overwhelmed', () => {
  it('at the needs question: kept as a need, a kind line about the plan and support, no crisis answer, no flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say(OLIVER));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).not.toMatch(/safe right now/i);
    expect(replies).toMatch(FAMILY_LINE);
    expect(replies).toMatch(SUPPORT);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.some((n) => /rough with his baby sister/i.test(n.text))).toBe(true);
  });

  it.each(['she bites her little brother when she has a meltdown and we need help with it', 'he hits his big sister when he is overwhelmed, any ideas?'])(
    '%j: a need with the family line, no flag',
    async (typed) => {
      chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
      const replies = saidIn(await chat.say(typed));
      expect(replies).not.toMatch(CRISIS);
      expect(replies).toMatch(FAMILY_LINE);
      expect((await chat.draft())?.flags).toEqual([]);
    },
  );

  it.each(['his dad pushes his sister when he is drunk', 'my partner hits his sister when she has a meltdown', 'he hits his sister when he is upset and his uncle hits him'])(
    'leave alone: %j is still asked after or answered, never the family line',
    async (typed) => {
      chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
      const replies = saidIn(await chat.say(typed));
      expect(replies).toMatch(new RegExp(`${CRISIS.source}|Are you OK\\?`));
      expect(replies).not.toMatch(FAMILY_LINE);
    },
  );
});
