import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { saidIn as said, typedTo } from '../support/typedWay';

/*
 * After telling of a fight in the kitchen that started a fire, "nobody got burned" says no one was
 * harmed: no "You told me about this before" (there is nothing new to have told), no second note.
 */

const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('"nobody got burned" after a kitchen fire was told', () => {
  it.each(['nobody got burned', 'no one got hurt tho'])('"%s" gets no "told me before" and no second note', async (typed) => {
    chat = await typedTo(Step.hopesDream, { name: 'Sam', age: '15' }, {}, { safeguarding: 'lead' });
    await chat.say('my stepdad hit my mum in the kitchen and the pan caught fire');
    expect(chat.step).toBe(Step.safeguardingCheck);
    await chat.say('yes im safe');
    await chat.say('carry on');
    expect(chat.step?.startsWith('hopes.')).toBe(true);
    const replies = said(await chat.say(typed));
    expect(replies).not.toContain(standard('safeguarding:reminder.lead'));
    expect(replies).not.toMatch(/told me about this before/);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });
});
