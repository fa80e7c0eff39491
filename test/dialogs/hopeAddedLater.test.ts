import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

const BAKE: SeedHope = { text: 'I want to work in a bakery', theme: 'learning_and_work', needs: [] };
const all = (replies: Partial<Activity>[]) => replies.map((a) => a.text ?? '').join('\n');

async function atNeeds(step: string): Promise<{ chat: Transcript; hopeId: string }> {
  const { chat, seeded } = await startWith({
    today: '2026-12-02', name: 'Mo', age: 16, schoolYear: 11, hopes: [BAKE],
    at: (d) => ({ stage: 'needs', step: step as never, topic: d.aspirations[0]!.id }),
    journey: { history: [{ stage: 'hopes', step: 'hopes.more' }] },
  });
  return { chat, hopeId: seeded.aspirations[0]!.id };
}

describe('a hope added after the hopes questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"hang on I\'ve got another one, go back" asks for the hope, keeps it, and goes back to the same question', async () => {
    const at = await atNeeds(Step.needsBarrier);
    chat = at.chat;
    await chat.say("hang on I've got another one, go back");
    expect(chat.step).toBe(Step.hopesDream);
    const replies = all(await chat.say('learn to drive'));
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['I want to work in a bakery', expect.stringMatching(/learn to drive/i)]);
    expect(replies).toMatch(/back/i);
    expect(chat.step).toBe(Step.needsBarrier);
    expect(chat.lastQuestion?.topic).toBe(at.hopeId);
  });

  it('"no, but can I add another hope now" at "anything else?" adds it, then asks "anything else?" again', async () => {
    const at = await atNeeds(Step.needsMore);
    chat = at.chat;
    await chat.say('no, but can I add another hope now');
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('have my own flat one day');
    expect((await chat.draft())?.aspirations).toHaveLength(2);
    expect(chat.step).toBe(Step.needsMore);
    expect(chat.lastQuestion?.topic).toBe(at.hopeId);
    expect((await chat.draft())?.needs).toHaveLength(0);
  });

  it.each(['add at the end', 'add it now'])(
    'after "You have left out the most important one" and "you can add it", %j asks for the hope and adds it',
    async (typed) => {
      const at = await atNeeds(Step.needsBarrier);
      chat = at.chat;
      expect(all(await chat.say('You have left out the most important one.'))).toMatch(/add it/i);
      await chat.say(typed);
      expect(chat.step).toBe(Step.hopesDream);
      await chat.say('More than anything I should like him to have a friend.');
      expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['I want to work in a bakery', 'I should like him to have a friend']);
      expect((await chat.draft())?.needs).toHaveLength(0);
      expect(chat.step).toBe(Step.needsBarrier);
      expect(chat.lastQuestion?.topic).toBe(at.hopeId);
    },
  );

  it('"I\'ve got another one" at "anything else?" is still another hard thing, not a hope', async () => {
    const at = await atNeeds(Step.needsMore);
    chat = at.chat;
    await chat.say("I've got another one");
    expect(chat.step).not.toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toHaveLength(1);
  });
});
