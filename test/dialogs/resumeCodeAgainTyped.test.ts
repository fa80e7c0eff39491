import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, Transcript } from '../support/transcript';

/** Coming back with a code never asks for the code again, and the code is never kept as an answer. */
describe('a resume code typed again, or in the chat that gave it', () => {
  const chats: Transcript[] = [];
  afterEach(async () => {
    for (const chat of chats.splice(0)) await chat.close();
  });

  const codeIn = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => (outcomesOf(a) as { resumeCode?: string } | undefined)?.resumeCode).find(Boolean)!;

  /** A chat stopped at "What is important to you?", and the code it gave. */
  async function stoppedChat(): Promise<{ first: Transcript; code: string }> {
    const first = await Transcript.start({ today: '2026-12-02' });
    chats.push(first);
    for (const typed of ['normal please', 'yes thats fine', 'me', 'Sam', 'im 16, year 11', 'no code', 'i like drawing and my dog']) await first.say(typed);
    expect(first.step).toBe(Step.aboutMeImportant);
    const code = codeIn(await first.say('stop'));
    expect(code).toBeTruthy();
    return { first, code };
  }

  async function secondChat(first: Transcript): Promise<Transcript> {
    const other = await Transcript.start({ today: '2026-12-02', stores: first.stores });
    chats.push(other);
    return other;
  }

  const allAnswers = async (chat: Transcript) => JSON.stringify((await chat.draft())?.aboutMe ?? {});

  it('the code typed twice carries on once, and the second is not kept as the answer', async () => {
    const { first, code } = await stoppedChat();
    const other = await secondChat(first);
    await other.say('I have a code');
    await other.say(code);
    expect(other.step).toBe(Step.aboutMeImportant);
    for (const again of [code, code.toLowerCase().replace(/-/g, ' '), `my code is ${code}`]) {
      await other.say(again);
      expect(other.step).toBe(Step.aboutMeImportant);
    }
    // The whole code in any of its typed forms: three letters alone may stand in an answer's own words.
    expect(await allAnswers(other)).not.toMatch(new RegExp(code.split('-').join('[- ]?'), 'i'));
    // A real answer after it is kept.
    await other.say('my cat and my nan');
    expect(other.step).toBe(Step.aboutMeSupport);
    expect((await other.draft())?.aboutMe.important).toEqual(['my cat and my nan']);
  });

  for (const typed of [(code: string) => `my code is ${code}`, (code: string) => `its ${code.toLowerCase().replace(/-/g, ' ')} thanks`]) {
    it(`"I have a code" then "${typed('ABC-DEF-GHJ')}" carries on the stopped chat`, async () => {
      const { first, code } = await stoppedChat();
      const other = await secondChat(first);
      await other.say('I have a code');
      await other.say(typed(code));
      expect(other.step).toBe(Step.aboutMeImportant);
      expect((await other.draft())?.aboutMe.strengths).toEqual(['i like drawing and my dog']);
    });
  }

  it('the code typed in the chat that gave it carries on there, never at the code question', async () => {
    const { first, code } = await stoppedChat();
    await first.say('I have a code');
    expect(first.step).toBe(Step.welcomeResumeCode);
    await first.say(code);
    expect(first.step).toBe(Step.aboutMeImportant);
    await first.say(code.toLowerCase());
    expect(first.step).toBe(Step.aboutMeImportant);
    await first.say('my cat and my nan');
    expect((await first.draft())?.aboutMe.important).toEqual(['my cat and my nan']);
  });

  it('a chat stopped at the code question carries on at the question before it', async () => {
    const first = await Transcript.start({ today: '2026-12-02' });
    chats.push(first);
    for (const typed of ['normal please', 'yes thats fine', 'me', 'Sam']) await first.say(typed);
    expect(first.step).toBe(Step.welcomeAge);
    await first.say('I have a code');
    const code = codeIn(await first.say('stop'));
    const other = await secondChat(first);
    await other.say(code);
    expect(other.step).toBe(Step.welcomeAge);
    await other.say(code);
    expect(other.step).toBe(Step.welcomeAge);
    await other.say('im 16, year 11');
    expect(other.step).toBe(Step.welcomeInvite);
    expect((await other.draft())?.youngPerson.name).toBe('Sam');
  });
});
