import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Position } from '../../dialogs/journey';
import type { Transcript } from '../support/transcript';
import { parentSeed, saidIn as texts, startWith } from './journeySeed';

/* Gary asks what happens to what he types, at the consent question and part-way through. */

async function garyAt(at: Position): Promise<Transcript> {
  const { chat } = await startWith(parentSeed({ name: 'Mia', age: 4, schoolYear: 0 }, [], { at: () => at }));
  return chat;
}

const AT_HOPES: Position = { stage: 'hopes', step: Step.hopesDream };
const AT_CONSENT: Position = { stage: 'welcome', step: Step.welcomeConsent };
const AT_STRENGTHS: Position = { stage: 'aboutMe', step: Step.aboutMeStrengths };

describe('a question about what happens to the answers', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  for (const asked of ['how long do you keep it', 'where is it kept', 'Where is my information stored?']) {
    it(`"${asked}" part-way through says where and how long (the retention days), then asks the same question; nothing kept`, async () => {
      chat = await garyAt(AT_HOPES);
      const replies = await chat.say(asked);
      expect(texts(replies)).toMatch(/180 days/);
      expect(texts(replies)).toMatch(/delete my data/);
      expect(chat.lastQuestion?.step).toBe(Step.hopesDream);
      expect((await chat.draft())?.aspirations).toEqual([]);
    });
  }

  for (const asked of ['does Janice see it', 'will my dad see it', 'Does the social worker see this?', 'who sees this when im done']) {
    it(`"${asked}" says nobody sees it unless shared or shown, then asks the same question; nothing kept`, async () => {
      chat = await garyAt(AT_HOPES);
      const replies = await chat.say(asked);
      expect(texts(replies)).toMatch(/unless you share/);
      expect(texts(replies)).toMatch(/only sees your plan if you show it or share it|show it to them/);
      expect(texts(replies)).not.toMatch(/days/);
      expect(chat.lastQuestion?.step).toBe(Step.hopesDream);
      expect((await chat.draft())?.aspirations).toEqual([]);
    });
  }

  it('"can bev see it but not dad" says they choose who to show it to', async () => {
    chat = await garyAt(AT_HOPES);
    const replies = await chat.say('can bev see it but not dad');
    expect(texts(replies)).toMatch(/one person and not another/);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('at the consent question, "how long do you keep it" is answered and consent asked again', async () => {
    chat = await garyAt(AT_CONSENT);
    const replies = await chat.say('how long do you keep it');
    expect(texts(replies)).toMatch(/180 days/);
    expect(chat.lastQuestion?.step).toBe(Step.welcomeConsent);
  });

  it('at the consent question, "does Janice see it" is answered and consent asked again', async () => {
    chat = await garyAt(AT_CONSENT);
    const replies = await chat.say('does Janice see it');
    expect(texts(replies)).toMatch(/unless you share/);
    expect(chat.lastQuestion?.step).toBe(Step.welcomeConsent);
  });

  it('at the about-me questions, "how long do you keep this" is about keeping the answers, not the time left', async () => {
    ({ chat } = await startWith({ today: '2026-12-02', who: 'self', name: 'Priya', age: 19, hopes: [], at: () => AT_STRENGTHS }));
    const replies = await chat.say('how long do you keep this');
    expect(texts(replies)).toMatch(/180 days/);
    expect(texts(replies)).not.toMatch(/part \d of/);
    expect(chat.lastQuestion?.step).toBe(Step.aboutMeStrengths);
  });

  it('leave alone: "my dad can see me ride my bike" is a hope, kept', async () => {
    chat = await garyAt(AT_HOPES);
    await chat.say('I want Mia to ride her bike so my dad can see her ride it');
    expect((await chat.draft())?.aspirations.length).toBe(1);
  });
});
