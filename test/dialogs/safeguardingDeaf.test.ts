import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo, type Person } from '../support/typedWay';

/*
 * A deaf young person, or one who says they cannot use a phone to talk, is given ways to get help
 * that need no voice call: Childline's chat online, Shout by text, 999 by text (after registering),
 * 999 in sign language and Relay UK. Said in about-me or only at "are you safe?", both are heard.
 * A phone taken by a brother at home is no worry about being online.
 */

const EASY_READ_MAX_WORDS = 15;
const TOLD = 'sometimes brother angry he take my phone. then me cant text mum';
const NO_VOICE_WAYS = [/childline\.org\.uk/, /85258/, /text 999|text the word "?register"? to 999/i, /999 ?BSL|999bsl|sign language/i, /18000/];
const sentences = (text: string) => text.split(/(?<=[.?!:])\s+|\n/).map((s) => s.trim()).filter(Boolean);

/** Aisha, 15, at "do you feel safe at home, at school and online?", having said what helps her in about-me. */
const aishaAtSafe = (support: string, person: Partial<Person> = {}): Promise<Transcript> =>
  typedTo(Step.aboutMeSafe, { name: 'Aisha', age: 'year 10', mode: 'Easy read', ...person }, {
    [Step.aboutMeStrengths]: 'drawing',
    [Step.aboutMeImportant]: 'my mum and my cat',
    [Step.aboutMeSupport]: support,
  });

describe('help for someone who cannot make a voice call', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('deaf, said in about-me: the answer gives only ways that need no voice call, in easy read', async () => {
    chat = await aishaAtSafe('i am deaf. use BSL');
    const replies = saidIn(await chat.say(TOLD));
    expect(chat.step).toBe(Step.safeguardingCheck);
    for (const way of NO_VOICE_WAYS) expect(replies).toMatch(way);
    // No line that can only be phoned.
    expect(replies).not.toMatch(/116 123|call 0800 1111/i);
    for (const sentence of sentences(replies)) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(EASY_READ_MAX_WORDS);
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('said only at "are you safe?": "yes safe. me deaf cant call phone" is heard, and the ways with no call are given', async () => {
    chat = await aishaAtSafe('show me pictures');
    await chat.say(TOLD);
    const replies = saidIn(await chat.say('yes safe. me deaf cant call phone'));
    for (const way of NO_VOICE_WAYS) expect(replies).toMatch(way);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('standard words: the same ways, and 999 by text says to register first', async () => {
    chat = await aishaAtSafe('im profoundly deaf, i use british sign language', { mode: 'Standard words' });
    const replies = saidIn(await chat.say(TOLD));
    for (const way of NO_VOICE_WAYS) expect(replies).toMatch(way);
    expect(replies).toMatch(/register/i);
  });

  it('a phone taken by her brother at home is not an online worry: no offer to say she needs to feel safe online', async () => {
    chat = await aishaAtSafe('i am deaf. use BSL');
    await chat.say(TOLD);
    const after = saidIn(await chat.say('yes safe'));
    expect(after).not.toMatch(/online/i);
  });
});
