import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { WelcomeText } from '../../dialogs/welcomeDialog';
import { createWords } from '../../src/i18n';
import { Transcript } from '../support/transcript';

/** What people said once at the welcome is not asked again; a question about the question is answered. */
describe('the welcome hears what was said once', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());
  const t = createWords().forMode('standard');

  async function upToWho(today = '2026-12-02'): Promise<void> {
    chat = await Transcript.start({ today });
    for (const answer of ['normal', 'yes']) await chat.say(answer);
    expect(chat.step).toBe(Step.welcomeWho);
  }

  it('"me. im ella" at "who is chatting?" keeps the name and asks the age next', async () => {
    await upToWho();
    await chat.say('me. im ella');
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson).toMatchObject({ who: 'self', name: 'Ella' });
  });

  it.each([
    ['me obvs. ryan', 'Ryan'],
    ['me lol jade', 'Jade'],
    ['me innit. its kai', 'Kai'],
    ['its me jade', 'Jade'],
  ])('%j at "who is chatting?" keeps the name (%s) and never asks for it', async (typed, name) => {
    await upToWho();
    await chat.say(typed);
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson).toMatchObject({ who: 'self', name });
  });

  it('"me obvs" alone at "who is chatting?" still asks the name: a shrug is no name', async () => {
    await upToWho();
    await chat.say('me obvs');
    expect(chat.step).toBe(Step.welcomeName);
  });

  it('"i just said lol. ella" at the name question is the name', async () => {
    await upToWho();
    await chat.say('me');
    await chat.say('i just said lol. ella');
    expect((await chat.draft())?.youngPerson.name).toBe('Ella');
  });

  it.each(['i already said haha. its ella', 'i said lmao. ella'])('%j at the name question: the laugh is never the name', async (typed) => {
    await upToWho();
    await chat.say('me');
    await chat.say(typed);
    expect((await chat.draft())?.youngPerson.name).toBe('Ella');
  });

  it("a parent's \"I'm actually Arlo's mum, Priya\" names the child and is not asked for a name", async () => {
    await upToWho();
    await chat.say("I'm actually Arlo's mum, Priya");
    expect(chat.step).toBe(Step.welcomeAge);
    expect((await chat.draft())?.youngPerson).toMatchObject({ who: 'parent_carer', name: 'Arlo' });
  });

  it('a nursery child starting Reception next September is kept in nursery', async () => {
    await upToWho();
    await chat.say("I'm his mum");
    await chat.say('Arlo');
    await chat.say("he's in nursery at the moment, starts Reception next September");
    expect((await chat.draft())?.youngPerson.schoolYear).toBe(-1);
  });

  it('says why the school year is asked after an age', async () => {
    await upToWho();
    await chat.say('me. im ella');
    const replies = await chat.say('15');
    expect(replies.map((a) => a.text)).toContain(t(WelcomeText.ageWhichYear));
    expect(t(WelcomeText.ageWhichYear)).toMatch(/dates/);
  });

  it('"whats a key worker?" at the code question is answered and the question asked again', async () => {
    await upToWho();
    await chat.say('me. im ella');
    await chat.say('year 10');
    expect(chat.step).toBe(Step.welcomeInvite);
    const replies = await chat.say('whats a key worker?');
    expect(replies.map((a) => a.text)).toContain(t(WelcomeText.inviteWhatIsKeyWorker));
    expect(chat.step).toBe(Step.welcomeInvite);
  });
});
