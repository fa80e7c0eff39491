import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/* What testers typed (never tapped) and the bot got wrong; each case is typed through the real dialogs. */

describe('a name typed in lower case with the answer to who is chatting', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function upToWho(): Promise<void> {
    chat = await Transcript.start({ today: '2026-03-10' });
    for (const answer of ['normal words', 'yeah thats fine']) await chat.say(answer);
    expect(chat.step).toBe(Step.welcomeWho);
  }

  it.each(['me liam', 'its liam', 'im liam'])('"%s" is Liam, and the name is not asked again', async (typed) => {
    await upToWho();
    await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeAge);
    const person = (await chat.draft())?.youngPerson;
    expect(person?.who).toBe('self');
    expect(person?.name).toBe('Liam');
  });

  it('"me liam" at the name question is Liam', async () => {
    await upToWho();
    await chat.say('me');
    expect(chat.step).toBe(Step.welcomeName);
    await chat.say('me liam');
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.name).toBe('Liam');
  });

  it('"im fine" or "me too" names nobody', async () => {
    await upToWho();
    await chat.say('me');
    await chat.say('im fine');
    expect(chat.step).toBe(Step.welcomeName);
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
  });
});
