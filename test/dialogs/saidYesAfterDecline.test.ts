import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { createWords } from '../../src/i18n';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Back at the hopes questions after "It won't go in your plan", the person says the bot read them
 * wrongly: "i said yes. you said it wont go in my plan". That is a complaint about the last answer:
 * the bot says sorry and does what the yes meant. Nothing of it is kept as a hope.
 */

const standard = createWords().forMode('standard');
const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text) ?? [];

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

/** At "another hope?" or a part of life, just after the offer about school was turned down. */
async function backAfterDecline(at: 'more' | 'theme'): Promise<Transcript> {
  const c = await throughWelcome({ name: 'Priya', age: '15' });
  await throughAboutMe(c);
  await c.say('i want to be a chef');
  if (at === 'theme') await c.say('no thats all');
  await c.say('kids at school hit me and call me names');
  await c.say('im safe now');
  expect(c.lastQuestion?.activity.text).toBe(standard('safeguarding:safeNeed.question.school'));
  const declined = await c.say('no carry on');
  expect(declined.map((a) => a.text)).toContain(standard('safeguarding:safeNeed.declined'));
  expect(c.step).toBe(at === 'more' ? Step.hopesMore : Step.hopesTheme);
  return c;
}

describe('"i said yes" after the bot kept a yes out of the plan', () => {
  it.each([
    ['more', 'i said yes. you said it wont go in my plan'],
    ['theme', 'i said yes. you said it wont go in my plan'],
    ['theme', 'i said yes!! u put no'],
  ] as const)('at hopes.%s, "%s" adds the need, says sorry, keeps no hope and asks again', async (at, typed) => {
    chat = await backAfterDecline(at);
    const step = chat.step;
    const replies = await chat.say(typed);
    expect(await hopesOf(chat)).toEqual(['i want to be a chef']);
    expect((await chat.draft())?.needs.map((n) => n.text)).toContain(standard('safeguarding:safeNeed.need.school'));
    expect(replies.map((a) => a.text).join(' ')).toMatch(/sorry/i);
    expect(chat.step).toBe(step);
  });

  it('"i said no. you said yes" at a part of life goes back to "another hope?" answered no, keeping nothing', async () => {
    chat = await throughWelcome({ name: 'Priya', age: '15' });
    await throughAboutMe(chat);
    await chat.say('i want to be a chef');
    await chat.say('yes');
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('i said no. you said yes');
    expect(await hopesOf(chat)).toEqual(['i want to be a chef']);
    expect(chat.step).toBe(Step.hopesTheme);
  });
});
