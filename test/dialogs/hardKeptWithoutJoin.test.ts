import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';
import { saidIn } from './journeySeed';

/* A hope and a hard thing typed together: the hard part is kept without the word that joined it. */
describe('a hard thing kept without its joining word', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i want more friends. but sometimes i fall out with ppl'])('"%s"', async (typed) => {
    chat = await throughWelcome({ name: 'Becky', age: '15' });
    await throughAboutMe(chat);
    expect(chat.step).toBe(Step.hopesDream);
    const said = saidIn(await chat.say(typed));
    expect(said).not.toMatch(/"(?:but|and|also|plus)\b/i);
    const needs = (await chat.draft())!.needs.map((n) => n.text);
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.every((n) => !/^(?:but|and|also|plus)\b/i.test(n))).toBe(true);
  });
});
