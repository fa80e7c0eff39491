import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { CRISIS, saidIn, typedTo, type Typed } from '../support/typedWay';

/*
 * A parent's "he hits me when he has a meltdown" is the child's behaviour when distressed: kept as a
 * need, with a kind line about support for the family, never the crisis answer about the child being harmed.
 */

const PARENT = { who: 'A parent or carer', name: 'Sam', age: '6' } as const;
const TO_NEEDS: Typed = {
  [Step.hopesDream]: 'to go to school on his own',
  [Step.hopesMore]: 'no',
  [Step.hopesTheme]: ['no', 'nah', 'not really', 'no thanks', 'no'],
};
const SUPPORT_LINE = /your family can get support too\. You could talk to their key worker or your GP/;

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent: "he hits me when he has a meltdown"', () => {
  it('at the needs question: kept as a need, a kind line about support, no crisis answer and no flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('he hits me when he has a meltdown'));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).toMatch(SUPPORT_LINE);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text)).toContain('he hits me when he has a meltdown');
  });

  it('at the dream: never kept as a hope, no crisis answer and no flag', async () => {
    chat = await typedTo(Step.hopesDream, PARENT);
    const replies = saidIn(await chat.say('he hits me when he has a meltdown'));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).toMatch(SUPPORT_LINE);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.aspirations).toEqual([]);
  });

  it('at the dream: "That sounds hard" is said once, not again by the question that follows', async () => {
    chat = await typedTo(Step.hopesDream, PARENT);
    const replies = saidIn(await chat.say('he hits me when he has a meltdown'));
    expect(replies).toMatch(SUPPORT_LINE);
    expect(replies.match(/sounds (?:really )?hard/gi)).toHaveLength(1);
    expect(replies).toMatch(/If it was easier, what would Sam love to do\?/);
  });

  it('leave alone: a young person\'s hard thing at the dream still hears "That sounds hard"', async () => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '14' });
    const replies = saidIn(await chat.say('i find reading really hard'));
    expect(replies).toMatch(/That sounds hard\./);
  });

  it('leave alone: "his dad hits him" still gets the answer and a flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('his dad hits him'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('"my son hits me when he gets angry": the child is named, so the support line and a need, no crisis answer', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('my son hits me when he gets angry'));
    expect(replies).not.toMatch(CRISIS);
    expect(replies).toMatch(SUPPORT_LINE);
    const draft = await chat.draft();
    expect(draft?.flags).toEqual([]);
    expect(draft?.needs.map((n) => n.text)).toContain('my son hits me when he gets angry');
  });

  it('leave alone: "he hits me when he gets angry", with no child named, still gets the answer and a flag', async () => {
    chat = await typedTo(Step.needsBarrier, PARENT, TO_NEEDS);
    const replies = saidIn(await chat.say('he hits me when he gets angry'));
    expect(replies).toMatch(CRISIS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
