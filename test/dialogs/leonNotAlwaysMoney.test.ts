import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { atSafeQuestion } from './throughWelcome';

/*
 * Leon, 20, at "Do you feel safe at home, at school and online?": "not always", and then why: "craig controls all my
 * money". Money kept from an adult by someone at home gets what helps with that (his money is his; his key worker or
 * adult social care), added to the note, with 999 last and only for danger now, in both registers. Told in one message,
 * it is heard at once, and the police line never comes before the people who can help.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const textOf = (replies: ReadonlyArray<{ text?: string }>) => replies.map((a) => a.text ?? '').join('\n');
const before = (text: string, first: RegExp, then: RegExp): boolean => text.search(first) >= 0 && text.search(first) < text.search(then);

describe('"not always", and the reason is money kept by someone at home', () => {
  it.each([
    'craig controls all my money',
    'my mums partner takes my pip money',
    'he keeps my pip',
    'craig collects my pip and keeps it',
    'my stepdad has my bank card',
  ])('%j: his money is his, who can help, 999 last', async (reason) => {
    chat = await atSafeQuestion({ age: '20', mode: 'Standard words' });
    await chat.say('not always');
    const replies = textOf(await chat.say(reason));
    expect(replies).toMatch(/added it to/);
    expect(replies).toMatch(/Your money and your benefits are yours/);
    expect(before(replies, /adult social care/, /999/)).toBe(true);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('in easy read too, 999 last', async () => {
    chat = await atSafeQuestion({ age: '20', mode: 'Easy read' });
    await chat.say('not always');
    const replies = textOf(await chat.say('craig controls all my money'));
    expect(replies).toMatch(/Your money is yours/);
    expect(before(replies, /Adult social care/, /999/)).toBe(true);
  });

  it.each(['not always, craig controls all my money', 'not always cos my mums partner takes my pip money'])('%j in one message is heard at once, help before the police line', async (said) => {
    chat = await atSafeQuestion({ age: '20', mode: 'Standard words' });
    const replies = textOf(await chat.say(said));
    expect(before(replies, /adult social care/, /999/)).toBe(true);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it.each(['its just my brother being annoying', 'school is hard sometimes'])('%j after "not always" is not answered about money', async (reason) => {
    chat = await atSafeQuestion({ age: '20', mode: 'Standard words' });
    await chat.say('not always');
    expect(textOf(await chat.say(reason))).not.toMatch(/Your money and your benefits are yours/);
  });
});
