import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * At the hopes questions, what someone would not want ("I would not want a job where I have to
 * answer the phone all day") is kept as what matters to them, never as a hope of its own, and
 * never read as a "no" to another hope.
 */

const PHONE = 'I would not want a job where I have to answer the phone all day';
const texts = (replies: { text?: string }[]) => replies.map((r) => r.text ?? '').join('\n');

async function atTheDream(): Promise<Transcript> {
  const chat = await throughWelcome({});
  await throughAboutMe(chat);
  return chat;
}

describe('"would not want" at the hopes questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('after a job hope, it is kept as what matters and "another hope?" is asked again', async () => {
    chat = await atTheDream();
    await chat.say('I want a job in an office');
    const said = texts(await chat.say(PHONE));
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I want a job in an office']);
    expect(draft.aboutMe.important).toContain(PHONE);
    expect(said).toMatch(/matters/);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('as the first answer, it is kept as what matters and the dream is asked again', async () => {
    chat = await atTheDream();
    await chat.say(PHONE);
    const draft = (await chat.draft())!;
    expect(draft.aspirations).toEqual([]);
    expect(draft.aboutMe.important).toContain(PHONE);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('beside a hope, the hope is kept and the remark is not', async () => {
    chat = await atTheDream();
    await chat.say('i want a job in a shop but i wouldnt want to work nights');
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['i want a job in a shop']);
    expect(draft.aboutMe.important).toContain('i wouldnt want to work nights');
  });
});
