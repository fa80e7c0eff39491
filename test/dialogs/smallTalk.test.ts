import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript, outcomesOf } from '../support/transcript';
import { throughWelcome } from './throughWelcome';

const said = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join('\n');

describe('a friendly remark at a question is heard, never kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(["That's lovely to hear", 'thanks', 'ok cool', 'haha nice, thank you'])('"%s" at "what do people like about you?" is not a strength', async (remark) => {
    chat = await throughWelcome();
    const replies = await chat.say(remark);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect(said(replies)).toMatch(/haven't kept that/);
    expect((await chat.draft())?.aboutMe.strengths).toEqual([]);
    await chat.say("I'm good at making people laugh");
    expect(chat.step).toBe(Step.aboutMeImportant);
    expect((await chat.draft())?.aboutMe.strengths).toEqual(["I'm good at making people laugh"]);
  });

  it('a parent\'s "thank you" at the dream question is not a hope; "nice to people" is still a strength', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Maisie', age: 'Year 1' });
    await chat.say('nice to people');
    expect((await chat.draft())?.aboutMe.strengths).toEqual(['nice to people']);
    await throughAboutMeFromImportant(chat);
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('thank you');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });
});

async function throughAboutMeFromImportant(chat: Transcript): Promise<void> {
  await chat.say('her grandad');
  await chat.say('show her pictures');
  if (chat.step === Step.aboutMeSafe) await chat.say('yes');
}
