import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { parentSeed, saidIn, startWith } from './journeySeed';

/*
 * "idk wat code" or "What do you mean by a code?" at "has your key worker given you a code?": one
 * line says what the code is (from the key worker, it joins the plan to them, not needed to carry on), then
 * the chat moves on. At the end, "How do I get this to my key worker if I haven't got a code? Can I
 * just print it?" gets a yes: download it, print it and hand it over.
 */

async function toInvite(): Promise<Transcript> {
  const chat = await Transcript.start({ today: '2026-12-02' });
  for (const m of ['standard', 'yes', "i'm his dad", 'Oliver', "he's 9, year 4"]) await chat.say(m);
  expect(chat.step).toBe(Step.welcomeInvite);
  return chat;
}

describe('asking what the code is', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['idk wat code', 'What do you mean by a code?', 'whats a code?'])('"%s": what the code is, once, and on without one', async (typed) => {
    chat = await toInvite();
    const said = saidIn(await chat.say(typed));
    expect(said.match(/The code comes from a key worker and joins this plan to them/g)).toHaveLength(1);
    expect(said).toMatch(/You don't need a code to carry on/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
    expect((await chat.draft())?.keyWorker?.invitationCode).toBeUndefined();
  });

  it('at the end: "How do I get this to my key worker if I haven\'t got a code? Can I just print it?" is a yes, print it', async () => {
    ({ chat } = await startWith(
      parentSeed({ name: 'Tia', age: 9, schoolYear: 4 }, [{ text: 'to be happy at school', theme: 'health_and_wellbeing', needs: ['school is too loud'] }], {
        at: () => ({ stage: 'review', step: Step.reviewDone }),
      }),
    ));
    const said = saidIn(await chat.say("How do I get this to my key worker if I haven't got a code? Can I just print it?"));
    // Yes, print it: the copy above, and how a code links the plan to the key worker later.
    expect(said).toMatch(/^You can share it with anyone you choose\. Download the Word copy above\. Then email it, or print it/);
    expect(said).toMatch(/If your key worker gives you a code/);
    expect(said).not.toMatch(/A key worker is the person/);
    expect(chat.step).toBe(Step.reviewDone);
  });
});
