import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/* What testers typed around the needs question: "it's all one hope" after the hopes stage ended. */

const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

describe('typed at the needs question', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["it's all one hope", 'those are one hope', 'that was one dream'])('"%s" puts the hopes the last message was cut into back together', async (said) => {
    chat = await throughWelcome({});
    await throughAboutMe(chat);
    await chat.say('I want to go to college');
    await chat.say('yes, I want to live in my own flat');
    const replies = await chat.say('I want to have friends to go out with. I want to be fit and healthy.');
    expect(texts(replies)).toContain("it's all one hope");
    expect(chat.step).toBe(Step.needsBarrier);
    const before = (await chat.draft())!.aspirations.length;
    const answer = await chat.say(said);
    const draft = (await chat.draft())!;
    expect(draft.needs).toEqual([]);
    expect(draft.aspirations).toHaveLength(before - 1);
    expect(draft.aspirations.at(-1)!.text).toMatch(/friends to go out with.*fit and healthy/);
    expect(texts(answer)).toContain('as one hope');
    expect(texts(answer)).not.toContain("Next, let's think");
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it.each(['i dont know anyone and im scared of new people', "I don't know how to ask for help"])('"%s" at "what makes it hard?" is kept whole as the need', async (said) => {
    chat = await throughWelcome({});
    await throughAboutMe(chat);
    await chat.say('go to an art club with people like me');
    await chat.say('no');
    for (let turn = 0; turn < 6 && chat.step !== Step.needsBarrier; turn++) await chat.say('nothing now');
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say(said);
    expect((await chat.draft())!.needs.map((n) => n.text)).toEqual([said]);
    expect(chat.step).toBe(Step.needsHelps);
  });
});
