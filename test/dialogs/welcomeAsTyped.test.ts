import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { WelcomeText } from '../../dialogs/welcomeDialog';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';

/** The welcome as people really type it: a carer naming the child, no resume code, in their own words. */
describe('the welcome, typed as people type', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const t = createWords().forMode('standard');

  for (const none of ["i havent got one, sorry", "no code - first time here", "we've never used this before", "Nope, I'm brand new"]) {
    it(`"${none}" at the resume code question starts without a code and uses up no try`, async () => {
      chat = await Transcript.start({ today: '2026-12-02' });
      await chat.say('i have a code');
      expect(chat.step).toBe(Step.welcomeResumeCode);
      const replies = await chat.say(none);
      expect(replies.map((a) => a.text)).toContain(t(WelcomeText.resumeNone));
      expect(replies.map((a) => a.text)).not.toContain(t(WelcomeText.resumeNotFound));
      expect(chat.step).toBe(Step.welcomeReadingMode);
    });
  }

  it('saying there is no code uses up none of the tries at a code', async () => {
    chat = await Transcript.start({ today: '2026-12-02' });
    await chat.say('i have a code');
    await chat.say('dont have one, never done this');
    await chat.say('i have a code');
    for (let i = 0; i < 4; i++) await chat.say('AAA-BBB-CCC');
    expect(chat.step).toBe(Step.welcomeResumeCode);
  });

  // A question about where a code comes from is answered, never taken as "no code" nor tried as a code.
  for (const asked of ['Where would the code be?', 'where did you give it to me?', 'is it on my email?', 'how do i get a code']) {
    it(`"${asked}" at the resume code question says where a code comes from, uses no try, and asks again`, async () => {
      chat = await Transcript.start({ today: '2026-12-02' });
      await chat.say('i have a code');
      const replies = (await chat.say(asked)).map((a) => a.text);
      expect(replies).toContain(t(WelcomeText.resumeWhereFrom));
      expect(replies).not.toContain(t(WelcomeText.resumeNone));
      expect(replies).not.toContain(t(WelcomeText.resumeNotFound));
      expect(chat.step).toBe(Step.welcomeResumeCode);
    });
  }

  it('in easy read, "where is the code??" is answered in easy-read words and the code asked again', async () => {
    chat = await Transcript.start({ today: '2026-12-02' });
    await chat.say('easy read');
    await chat.say('i have a code');
    expect(chat.step).toBe(Step.welcomeResumeCode);
    const replies = (await chat.say('where is the code??')).map((a) => a.text);
    expect(replies).toContain(createWords().forMode('easy_read')(WelcomeText.resumeWhereFrom));
    expect(chat.step).toBe(Step.welcomeResumeCode);
  });

  it('a code typed in a sentence is still tried as a code', async () => {
    chat = await Transcript.start({ today: '2026-12-02' });
    await chat.say('i have a code');
    const replies = await chat.say('my code is AAA-BBB-CCC');
    expect(replies.map((a) => a.text)).toContain(t(WelcomeText.resumeNotFound));
    expect(chat.step).toBe(Step.welcomeResumeCode);
  });

  const carers: ReadonlyArray<{ said: string; name: string; age: number }> = [
    { said: "Hello, it's Pat here, Ellie's grandad. Ellie is 9", name: 'Ellie', age: 9 },
    { said: 'hi its margaret, my granddaughter rosie is 8', name: 'Rosie', age: 8 },
    { said: "Im her foster carer Dawn, the girl is Kayla, she's 12", name: 'Kayla', age: 12 },
    { said: 'we foster Callum, he is eleven', name: 'Callum', age: 11 },
    { said: "Evening. I'm Sue, nanna to Archie who is 6", name: 'Archie', age: 6 },
  ];
  for (const carer of carers) {
    it(`"${carer.said}" as the first message keeps a carer, ${carer.name} and the age, and asks none of them again`, async () => {
      chat = await Transcript.start({ today: '2026-03-10' });
      await chat.say(carer.said);
      await chat.say('normal words');
      await chat.say('yes ok');
      const asked = chat.all.flatMap((a) => [(a.channelData as { outcomes?: { step?: string } } | undefined)?.outcomes?.step]);
      expect(asked).not.toContain(Step.welcomeWho);
      expect(asked).not.toContain(Step.welcomeName);
      expect(asked).not.toContain(Step.welcomeAge);
      expect((await chat.draft())?.youngPerson).toMatchObject({ who: 'parent_carer', name: carer.name, age: carer.age });
    });
  }
});
