import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('hard things typed at "what is important?" are kept for the needs, and the question asked again', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['he struggles with his speech and gets really cross when people dont understand him. loud noises upset him too', 3],
    ['crowds really scare him', 1],
  ])('"%s"', async (typed, count) => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Alfie', age: 'Year 2' });
    await chat.say('he is kind and funny');
    expect(chat.step).toBe(Step.aboutMeImportant);
    const said = texts(await chat.say(typed));
    expect(said).toContain('That sounds like things Alfie finds hard');
    expect(said).not.toContain("I've kept that");
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect(chat.lastQuestion?.activity.text).toContain('what is important to Alfie?');
    let draft = await chat.draft();
    expect(draft?.aboutMe.important).toEqual([]);
    expect(draft?.needs).toHaveLength(count);
    expect(draft?.needs.every((n) => n.aspirationIds.length === 0)).toBe(true);
    await chat.say('his nan and his dog');
    expect(chat.step).toBe(Step.aboutMeSupport);
    draft = await chat.draft();
    expect(draft?.aboutMe.important).toEqual(['his nan and his dog']);
  });

  it('what matters to him, with a worry beside it, is kept as what is important', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Alfie', age: 'Year 2' });
    await chat.say('he is kind and funny');
    await chat.say('football, he gets upset if he cant play');
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())?.aboutMe.important).toEqual(['football, he gets upset if he cant play']);
  });
});
