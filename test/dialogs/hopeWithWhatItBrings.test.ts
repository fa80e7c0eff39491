import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

describe('a hope and what it brings, typed as one ("work in a cafe n get paid"), is kept as one hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['work in a cafe n get paid', 'i wanna work in a shop and earn my own money', 'go to college n be happy'])('"%s"', async (typed) => {
    chat = await throughWelcome({});
    await throughAboutMe(chat);
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say(typed);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toHaveLength(1);
  });

  it('two real hopes joined by "n" are still two', async () => {
    chat = await throughWelcome({});
    await throughAboutMe(chat);
    await chat.say('work in a cafe n live with my mate');
    expect((await chat.draft())?.aspirations).toHaveLength(2);
  });
});
