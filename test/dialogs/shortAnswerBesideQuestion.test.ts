import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { TODAY } from './throughWelcome';

/*
 * A question to the bot with a short answer beside it ("wat code. no i dont hav one"): the question is
 * answered and the short answer is taken when it is one of the open question's choices, so the same
 * question is not asked again.
 */
describe('a short answer said beside a question about the chat', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function atTheCodeQuestion(): Promise<void> {
    chat = await Transcript.start({ today: TODAY });
    for (const typed of ['normal', 'yeah ok', 'me', 'Jade', '17']) await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeInvite);
  }

  it.each(['wat code. no i dont hav one', 'what code?? nah i dont have one'])('"%s" at the code question moves on without asking for the code again', async (typed) => {
    await atTheCodeQuestion();
    const replies = await chat.say(typed);
    expect(saidIn(replies)).toMatch(/don't need a code/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });

  it('"wat code?" on its own is answered as "what code?" is: no code is needed, and the chat moves on', async () => {
    await atTheCodeQuestion();
    const replies = await chat.say('wat code?');
    expect(saidIn(replies)).toMatch(/don't need a code/);
    expect(chat.step).toBe(Step.aboutMeStrengths);
  });
});
