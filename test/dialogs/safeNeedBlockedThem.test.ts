import { afterEach, describe, expect, it } from 'vitest';
import { createWords } from '../../src/i18n';
import { keepingSafeHeard } from '../../dialogs/safeguardingNeed';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { throughWelcome } from './throughWelcome';

/* What they do to keep safe, typed at the offer of a need about feeling safe: praised, then asked again briefly. */

const standard = createWords().forMode('standard');

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function atTheOffer(): Promise<Transcript> {
  const c = await throughWelcome({ name: 'Mo', age: 'Year 9' });
  await c.say('they keep posting nasty stuff about me online');
  if (c.lastQuestion?.activity.text === standard('safeguarding:gentle.question')) await c.say('not really');
  await c.say('ye im safe');
  expect(c.lastQuestion?.activity.text).toBe(standard('safeguarding:safeNeed.question.online'));
  return c;
}

describe('"i block them" at "Do you want your plan to say you need to feel safe online?"', () => {
  it('is praised, and the question comes again', async () => {
    chat = await atTheOffer();
    const words = saidIn(await chat.say('its just random people in games saying stuff, i block them'));
    expect(words).toContain(standard('safeguarding:safeNeed.blocked'));
    expect(chat.lastQuestion?.activity.text).toBe(standard('safeguarding:safeNeed.question.online'));
    expect((await chat.draft())?.needs ?? []).toEqual([]);
  });

  it.each([
    ['i just mute them', 'safeguarding:safeNeed.blocked'],
    ['i reported him and blocked him', 'safeguarding:safeNeed.blocked'],
    ['i told my mum already', 'safeguarding:safeNeed.told'],
  ])('"%s" is heard as keeping safe', (typed, key) => expect(keepingSafeHeard(typed)?.key).toBe(key));

  it.each(['they blocked me from the group', 'i dont know who to tell'])('"%s" is no keeping safe', (typed) => expect(keepingSafeHeard(typed)).toBeUndefined());
});
