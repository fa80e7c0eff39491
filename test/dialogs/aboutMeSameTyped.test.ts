import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';

/** "same as i said lol" at an about-me question points back at the answer before; "same" is never kept. */
describe('"same as before" typed at the about-me questions', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  async function atImportant(strengths: string): Promise<void> {
    chat = await Transcript.start({ today: '2026-12-05' });
    for (const typed of ['normal is fine', 'yeah ok', 'its me', 'Dan', 'im 19', 'i dont have one', strengths]) await chat.say(typed);
    expect(chat.step).toBe(Step.aboutMeImportant);
  }

  it('"same as i said lol" keeps what was said before as what is important', async () => {
    await atImportant('um gaming, my mates, and my cat biscuit');
    const said = (await chat.say('same as i said lol')).map((a) => a.text ?? '').join('\n');
    expect(said).toMatch(/kept the same here: "?gaming, my mates, and my cat biscuit/i);
    expect(chat.step).toBe(Step.aboutMeSupport);
    expect((await chat.draft())?.aboutMe.important).toEqual(["gaming, my mates, and my cat biscuit"]);
  });

  it('"same as before and my nan" keeps both', async () => {
    await atImportant('football');
    await chat.say('same as before and my nan');
    expect((await chat.draft())?.aboutMe.important).toEqual(['football', 'my nan']);
  });

  it('an answer with "same" in it is kept as it is', async () => {
    await atImportant('football');
    await chat.say('same friends since year 7, we go bowling');
    expect((await chat.draft())?.aboutMe.important?.join(' ')).toMatch(/bowling/);
    expect(JSON.stringify((await chat.draft())?.aboutMe.important)).not.toBe('["football"]');
  });
});
