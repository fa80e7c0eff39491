import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, Transcript } from '../support/transcript';

/** "I have a code" typed at the welcome's questions asks for the code, never reads "I" as who is chatting. */
describe('a resume code said at the welcome', () => {
  const chats: Transcript[] = [];
  afterEach(async () => {
    for (const chat of chats.splice(0)) await chat.close();
  });

  it('"I have a code" at "Who is chatting?" asks for the code, and the code carries on the same draft', async () => {
    const first = await Transcript.start({ today: '2026-12-02' });
    chats.push(first);
    for (const typed of ['normal please', 'yes thats fine', 'me', 'Sam', 'im 16, year 11', 'no code']) await first.say(typed);
    await first.say('i like drawing and my dog');
    expect(first.step).toBe(Step.aboutMeImportant);
    const stopped = await first.say('i have to go');
    const code = stopped.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean);
    expect(code).toBeTruthy();

    const other = await Transcript.start({ today: '2026-12-02', stores: first.stores });
    chats.push(other);
    await other.say('normal words');
    await other.say('yes');
    expect(other.step).toBe(Step.welcomeWho);
    await other.say('I have a code');
    expect(other.step).toBe(Step.welcomeResumeCode);
    await other.say(code!.toLowerCase());
    expect(other.step).toBe(Step.aboutMeImportant);
    expect((await other.draft())?.aboutMe.strengths).toEqual(['i like drawing and my dog']);
  });

  for (const typed of ["i've got a code from last time", 'I got a resume code', 'i have a code']) {
    it(`"${typed}" at "Who is chatting?" asks for the code; "no code" asks who is chatting again`, async () => {
      const chat = await Transcript.start({ today: '2026-12-02' });
      chats.push(chat);
      for (const said of ['normal please', 'yes']) await chat.say(said);
      await chat.say(typed);
      expect(chat.step).toBe(Step.welcomeResumeCode);
      await chat.say('no code');
      expect(chat.step).toBe(Step.welcomeWho);
    });
  }

  it('"me" at "Who is chatting?" is still the young person', async () => {
    const chat = await Transcript.start({ today: '2026-12-02' });
    chats.push(chat);
    for (const typed of ['normal please', 'yes']) await chat.say(typed);
    await chat.say('me, I have autism');
    expect(chat.step).toBe(Step.welcomeName);
  });
});
