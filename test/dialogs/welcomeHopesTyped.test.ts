import { afterEach, describe, expect, it } from 'vitest';
import { HopesText } from '../../dialogs/hopesDialog';
import { Step } from '../../dialogs/ids';
import { WelcomeText } from '../../dialogs/welcomeDialog';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';
import { throughAboutMe, throughWelcome, TODAY } from './throughWelcome';

/**
 * Typed, not tapped: facts given before they are asked are kept after consent and not asked again;
 * "shorter please" switches to easy read and is never an answer; several hopes in one message are
 * kept one by one, without the chatter around them.
 */
describe('the welcome and the hopes, typed', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const t = createWords().forMode('standard');
  const texts = (replies: Awaited<ReturnType<Transcript['say']>>) => replies.map((a) => a.text);
  const stepsSeen = () => chat.all.flatMap((a) => ((a.channelData as { outcomes?: { step?: string } } | undefined)?.outcomes?.step ? [(a.channelData as { outcomes: { step: string } }).outcomes.step] : []));

  it('"hi im Jade im 15" at the first question: greeted, nothing kept before consent, then not asked again', async () => {
    chat = await Transcript.start({ today: TODAY });
    const hello = await chat.say('hi im Jade im 15');
    expect(chat.step).toBe(Step.welcomeReadingMode);
    expect(texts(hello).join(' ')).toContain('Jade');
    await chat.say('normal');
    expect(chat.step).toBe(Step.welcomeConsent);
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
    const thanks = await chat.say('yeah thats fine');
    expect(texts(thanks)).toContain(t(WelcomeText.nameThanks, { name: 'Jade' }));
    expect(texts(thanks)).toContain(t(WelcomeText.ageNoted, { age: 15 }));
    expect(chat.step).toBe(Step.welcomeInvite);
    expect(stepsSeen()).not.toContain(Step.welcomeWho);
    expect(stepsSeen()).not.toContain(Step.welcomeName);
    expect((await chat.draft())?.youngPerson).toMatchObject({ who: 'self', name: 'Jade', age: 15, schoolYear: 10 });
  });

  it('keeps nothing told before consent when the person says no', async () => {
    chat = await Transcript.start({ today: TODAY });
    await chat.say('hi im Jade im 15');
    await chat.say('normal');
    await chat.say('no');
    expect(chat.step).toBe(Step.welcomeConsent);
    expect((await chat.draft())?.youngPerson.name).toBeUndefined();
    // Saying yes later starts from who is chatting: the facts were dropped with the no.
    await chat.say('yes');
    expect(chat.step).toBe(Step.welcomeWho);
  });

  it("a parent's \"I'm his mum, he's 6, called Leo\" fills who, name and age at once", async () => {
    chat = await Transcript.start({ today: TODAY });
    for (const answer of ['standard', 'yes']) await chat.say(answer);
    await chat.say("I'm his mum, he's 6, called Leo");
    expect(chat.step).toBe(Step.welcomeInvite);
    expect((await chat.draft())?.youngPerson).toMatchObject({ who: 'parent_carer', pronoun: 'he', name: 'Leo', age: 6 });
  });

  it('"it\'s for my son Sam who is in year 3" before reading mode is kept with its school year', async () => {
    chat = await Transcript.start({ today: TODAY });
    await chat.say("it's for my son Sam who is in year 3");
    await chat.say('normal words');
    const after = await chat.say('yes ok');
    expect(texts(after)).toContain(t(WelcomeText.ageNotedYearChild, { name: 'Sam', year: 3 }));
    expect(chat.step).toBe(Step.welcomeInvite);
    expect((await chat.draft())?.youngPerson).toMatchObject({ who: 'parent_carer', name: 'Sam', schoolYear: 3 });
  });

  it('checks a name typed in small letters before keeping it, then asks only what is left', async () => {
    chat = await Transcript.start({ today: TODAY });
    for (const answer of ['standard', 'yes']) await chat.say(answer);
    await chat.say('im jade');
    expect(chat.step).toBe(Step.welcomeName);
    expect(chat.lastQuestion?.activity.text).toBe(t(WelcomeText.nameConfirmSelf, { name: 'Jade' }));
    await chat.say('yeah');
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson.name).toBe('Jade');
  });

  it('an age said with the name is not asked for again', async () => {
    chat = await Transcript.start({ today: TODAY });
    for (const answer of ['standard', 'yes', 'its me']) await chat.say(answer);
    await chat.say('Kai and im 14');
    expect(chat.step).toBe(Step.welcomeInvite);
    expect((await chat.draft())?.youngPerson).toMatchObject({ name: 'Kai', age: 14 });
  });

  it('"shorter please" and "can u make it easy" switch to easy read at any question, and are never kept', async () => {
    chat = await throughWelcome();
    await chat.say('I am kind');
    await chat.say('My dog');
    expect(chat.step).toBe(Step.aboutMeSupport);
    await chat.say('can u make it easy');
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    expect(chat.step).toBe(Step.aboutMeSupport);
    await chat.say('normal words again');
    expect(chat.lastQuestion?.mode).toBe('standard');
    await chat.say('use simple words');
    expect((await chat.draft())?.aboutMe.support).toEqual(['use simple words']);
    if (chat.step === Step.aboutMeSafe) await chat.say('yeah i do');
    expect(chat.step).toBe(Step.hopesDream);
    await chat.say('shorter please');
    expect(chat.lastQuestion?.mode).toBe('easy_read');
    await chat.say('i cant read long words');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('real answers about reading are kept where they answer the question, and do not switch', async () => {
    chat = await throughWelcome();
    await chat.say('I am kind');
    await chat.say('My dog');
    await chat.say('shorter sentences');
    expect((await chat.draft())?.aboutMe.support).toEqual(['shorter sentences']);
    if (chat.step === Step.aboutMeSafe) await chat.say('yeah i do');
    await chat.say('go to college');
    for (let i = 0; i < 8 && chat.step !== Step.needsBarrier; i++) await chat.say(chat.step === Step.hopesMore ? 'no' : 'nothing');
    expect(chat.step).toBe(Step.needsBarrier);
    await chat.say('long words are hard');
    expect((await chat.draft())?.needs.map((n) => n.text)).toContain('long words are hard');
    expect(chat.lastQuestion?.mode).toBe('standard');
  });

  it('several hopes in one message are kept one by one, read back, and put back together when they are one', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    const readBack = await chat.say('umm ok so I want a cafe job. and live with Jay. and get the train on my own lol');
    const hopes = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(hopes).toEqual(['I want a cafe job', 'live with Jay', 'get the train on my own']);
    expect(texts(readBack)).toContain(t(HopesText.readBackFix));
    await chat.say("no it's all one hope");
    const joined = (await chat.draft())?.aspirations.map((a) => a.text);
    expect(joined).toEqual(['I want a cafe job. and live with Jay. and get the train on my own']);
  });

  it('when the hopes end with a message cut in two, "that\'s wrong" takes it back and asks again', async () => {
    chat = await throughWelcome({ who: 'A parent or carer', name: 'Leo', age: 'Year 2' });
    await throughAboutMe(chat);
    await chat.say('play with other kids at the park');
    await chat.say('yes');
    const readBack = await chat.say('he want to ride bike and go to swimming with his cousin. sorry');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['play with other kids at the park', 'he want to ride bike', 'go to swimming with his cousin']);
    expect(chat.step).toBe(Step.needsBarrier);
    // The needs question still hears "it's all one hope" about that message.
    expect(texts(readBack)).toContain(t(HopesText.readBackFix));
    await chat.say("that's wrong");
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['play with other kids at the park']);
  });

  it('chatter is not kept, and a message of only chatter is never a hope', async () => {
    chat = await throughWelcome();
    await throughAboutMe(chat);
    for (const said of ['umm', 'sorry for long message', 'lol']) {
      await chat.say(said);
      expect(chat.step).not.toBe(Step.hopesMore);
    }
    expect((await chat.draft())?.aspirations).toEqual([]);
    await chat.say('idk maybe be a vet lol');
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['be a vet']);
    // "not rn" and "no ty" at the questions about each part of life: nothing more, and on to the next.
    for (const said of ['not rn', 'no ty']) {
      const asked = chat.lastQuestion?.topic;
      await chat.say(said);
      if (chat.step === Step.hopesTheme) expect(chat.lastQuestion?.topic).not.toBe(asked);
    }
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['be a vet']);
  });
});
