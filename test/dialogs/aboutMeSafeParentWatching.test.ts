import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { typedTo } from '../support/typedWay';

/* A parent's "yes mostly" with their own care online ("i keep an eye") is a yes, not a worry to flag. */

const SUPPORT_NUMBERS = /0800 1111|[Cc]hildline|Samaritans/;
const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

describe('a parent keeping an eye online at "do you feel safe?"', () => {
  it('"yes mostly. online i keep an eye but hes sensible" is a yes: no crisis answer, no flag', async () => {
    chat = await typedTo(Step.aboutMeSafe, { who: 'A parent or carer', name: 'Sam', age: '16' });
    const replies = await chat.say('yes mostly. online i keep an eye but hes sensible');
    expect((await chat.draft())?.flags ?? []).toEqual([]);
    expect(textOf(replies)).not.toMatch(SUPPORT_NUMBERS);
    expect(chat.step).not.toBe(Step.safeguardingCheck);
  });

  it('"yes mostly, but online someone keeps messaging him" is still taken seriously', async () => {
    chat = await typedTo(Step.aboutMeSafe, { who: 'A parent or carer', name: 'Sam', age: '16' });
    const replies = await chat.say('yes mostly, but online someone keeps messaging him');
    const flagged = ((await chat.draft())?.flags ?? []).length > 0;
    expect(flagged || SUPPORT_NUMBERS.test(textOf(replies)) || /[Ss]afe/.test(textOf(replies))).toBe(true);
    expect(textOf(replies)).not.toMatch(/glad/i);
  });
});
