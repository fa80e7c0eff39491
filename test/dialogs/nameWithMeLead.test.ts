import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/*
 * At "What's your name?" a young person types as they speak: "its mi mason", "am mason", "im
 * called mason". The words before the name say who it is; only the name is kept.
 */
describe('a name said with "its me" in front', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  const toName = async () => {
    chat = await Transcript.start({ today: '2026-12-02' });
    for (const typed of ['standard', 'yes', 'me']) await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeName);
  };

  it.each(['its mi mason', 'its me mason', 'am mason', 'im called mason', 'this is mason', 'its mee mason lol', 'Its mi mason'])('"%s" is Mason', async (typed) => {
    await toName();
    await chat.say(typed);
    if (chat.step === Step.welcomeName) await chat.say('yes');
    expect((await chat.draft())?.youngPerson.name).toBe('Mason');
  });

  it.each(['Mia Mason', 'Mi Ling'])('"%s" is still the name typed', async (typed) => {
    await toName();
    await chat.say(typed);
    if (chat.step === Step.welcomeName) await chat.say('yes');
    expect((await chat.draft())?.youngPerson.name).toMatch(new RegExp(`^${typed.split(' ')[0]}\\b`));
  });
});
