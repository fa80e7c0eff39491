import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A dad tells of his three-year-old's own grabbing and pushing: her behaviour, kept as what makes
 * the hope hard, never "Are you OK?". At the gentle check, "im fine, its just toddler stuff" or
 * "nobody is hurting her" says all is well: thanked, no help lines, no flag, his answer kept.
 */

const PARENT = { who: 'A parent or carer', name: 'Maisie', age: '3' } as const;
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to make friends at nursery',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const PUSHES = 'the other kids dont always understand her. she grabs or pushes when she wants to play cos she cant say it';

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent: the child is the one who grabs or pushes', () => {
  for (const said of [PUSHES, 'she hits when shes upset', 'he pushes other kids when he cant wait']) {
    it(`"${said}": kept as what makes it hard, no "Are you OK?", no flag`, async () => {
      chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
      const replies = saidIn(await chat.say(said));
      expect(replies).not.toMatch(/Are you OK/);
      expect(replies).not.toMatch(CRISIS);
      expect(chat.lastQuestion?.step).toBe(Step.needsHelps);
      const draft = await chat.draft();
      expect(draft?.flags).toEqual([]);
      expect(draft?.needs.map((n) => n.text)).toEqual([said]);
    });
  }

  it('leave alone: "the bigger kids push her about at nursery" still gets the answer and a flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    expect(saidIn(await chat.say('the bigger kids push her about at nursery'))).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});

describe('a parent at "Are you OK?" saying the child is well', () => {
  const GRABBED = 'the older kids grab her at playtime';

  async function checked(): Promise<Transcript> {
    const c = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    await c.say(GRABBED);
    expect(c.lastQuestion?.step).toBe(Step.safeguardingCheck);
    return c;
  }

  for (const ok of ['im fine?? shes 3 its just toddler stuff', 'nobody is hurting her']) {
    it(`"${ok}": thanked, no help lines, no flag, and his answer is kept`, async () => {
      chat = await checked();
      const replies = saidIn(await chat.say(ok));
      expect(replies).toMatch(/Thank you/);
      expect(replies).not.toMatch(CRISIS);
      expect(replies).not.toMatch(/No child should be treated like that/);
      const draft = await chat.draft();
      expect(draft?.flags).toEqual([]);
      expect(draft?.needs.map((n) => n.text)).toEqual([GRABBED]);
      expect(chat.lastQuestion?.step).toBe(Step.needsHelps);
    });
  }

  it('leave alone: "nobody hurts her except her uncle" is no "all is well": never thanked and moved on', async () => {
    chat = await checked();
    const replies = saidIn(await chat.say('nobody hurts her except her uncle'));
    expect(replies).not.toMatch(/Let's carry on with the plan/);
    expect(chat.lastQuestion?.step).not.toBe(Step.needsHelps);
  });
});
