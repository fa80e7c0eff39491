import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

/** A parent of Tomasz (Year 6) who types one hope in their own way and says there are no more. */
async function toTheNeeds(typed: string): Promise<{ chat: Transcript; said: string }> {
  const chat = await throughWelcome({ who: 'A parent or carer', name: 'Tomasz', age: 'Year 6' });
  await throughAboutMe(chat);
  await chat.say(typed);
  expect(chat.step).toBe(Step.hopesMore);
  let replies = await chat.say('no');
  // Themes still to ask about are answered with "nothing".
  while (chat.step === Step.hopesTheme) replies = await chat.say('nothing');
  expect(chat.step).toBe(Step.needsBarrier);
  return { chat, said: texts(replies) };
}

describe('the needs and outcome questions quote the hope itself, not "my dream is for him to"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['my dream is for him to have friends at secondary', 'to have friends at secondary'],
    ['our dream would be for him to go to college', 'to go to college'],
    ['what i want most is for him to read a comic on his own', 'to read a comic on his own'],
    ['all we want is for him to be happy at big school', 'to be happy at big school'],
  ])('"%s" is asked about as "%s"', async (typed, hope) => {
    let said: string;
    ({ chat, said } = await toTheNeeds(typed));
    expect(said).toContain(`"${hope}"`);
    expect(said).not.toMatch(/dream is|want most|we want is/);
    // The draft keeps the words as typed.
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual([typed]);
    // The outcome question quotes the hope itself too.
    await chat.say('he gets upset in busy places');
    await chat.say('ear defenders');
    const outcome = texts(await chat.say('no'));
    expect(chat.step).toBe(Step.outcomeStep);
    expect(outcome).toContain(`"${hope}"`);
  });
});
