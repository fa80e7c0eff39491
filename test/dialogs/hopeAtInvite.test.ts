import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

async function atInvite(): Promise<Transcript> {
  const chat = await Transcript.start();
  await chat.join();
  for (const said of ['standard', 'yes', 'me', 'Sam', '15']) await chat.say(said);
  if (chat.step !== Step.welcomeInvite) await chat.say('year 10');
  expect(chat.step).toBe(Step.welcomeInvite);
  return chat;
}

describe('a hope typed at "has your key worker given you a code?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept for the hopes questions, and the person hears so', async () => {
    chat = await atInvite();
    const replies = (await chat.say('i want to be a mechanic and have my own car')).map((r) => r.text).join(' ');
    expect(replies).toMatch(/kept it for when we talk about hopes/);
    expect((await chat.draft())!.aspirations.map((a) => a.text).join(' ')).toMatch(/mechanic/);
    expect(chat.step).not.toBe(Step.welcomeInvite);
  });

  it('"my mates and my nan" keeps no hope', async () => {
    chat = await atInvite();
    await chat.say('my mates and my nan');
    expect((await chat.draft())!.aspirations).toHaveLength(0);
  });
});
