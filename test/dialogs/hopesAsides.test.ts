import { afterEach, describe, expect, it } from 'vitest';
import { createWords } from '../../src/i18n';
import { HopesText } from '../../dialogs/hopesText';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/**
 * Hopes typed with what people add around them: two sentences are two hopes, an aside after a
 * hope ("thats the big one") is not part of it, and a funny story with no hope is thanked, not kept.
 */
describe('hopes with asides and stories', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const t = createWords().forMode('standard');
  const texts = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text ?? '').join('\n');

  it('two sentences, each a hope, are kept as two hopes', async () => {
    chat = await throughWelcome({ name: 'Maisie', age: 'Year 8' });
    await throughAboutMe(chat);
    const replies = await chat.say('i want to be a dog groomer. and hav a best frend');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to be a dog groomer', 'hav a best frend']);
    expect(texts(replies)).toContain('Hav a best friend');
  });

  it('"thats the big one" after a hope is not kept as part of it', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Kai', age: 'Year 9' });
    await throughAboutMe(chat);
    const replies = await chat.say('learn to keep his temper. thats the big one');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['learn to keep his temper']);
    expect(texts(replies)).not.toMatch(/big one/i);
  });

  it('"most of all" and "that\'s the main thing" are dropped from the hope', async () => {
    chat = await throughWelcome({ name: 'Ravi', age: 'Year 10' });
    await throughAboutMe(chat);
    await chat.say("i want to get a job in a garage. that's the main thing");
    await chat.say('live with my mates most of all lol');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to get a job in a garage', 'live with my mates']);
  });

  it('a funny story with laughing faces is thanked, not kept as a hope', async () => {
    chat = await throughWelcome({ name: 'Jess', age: 'Year 7' });
    await throughAboutMe(chat);
    const replies = await chat.say('biscuit did a funny thing today he ate my sock 😂😂');
    expect((await chat.draft())?.aspirations ?? []).toEqual([]);
    expect(texts(replies)).toContain(t(HopesText.storyHeard));
    await chat.say('i want to be a vet');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to be a vet']);
  });

  it('a funny story beside a hope is left out of the hope', async () => {
    chat = await throughWelcome({ name: 'Leo', age: 'Year 9' });
    await throughAboutMe(chat);
    const replies = await chat.say('i want to be a vet lol. my dog ate my sock yesterday haha');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['i want to be a vet']);
    expect(texts(replies)).not.toMatch(/sock/);
  });
});

describe('a thing named on its own before another hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"dog groomer. and hav a best frend" is two hopes', async () => {
    chat = await throughWelcome({ name: 'Lily', age: 'Year 9' });
    await throughAboutMe(chat);
    await chat.say('dog groomer. and hav a best frend');
    const hopes = (await chat.draft())!.aspirations.map((a) => a.text);
    expect(hopes).toHaveLength(2);
    expect(hopes[0]).toMatch(/dog groomer/);
    expect(hopes[1]).toMatch(/best frend/);
  });
});
