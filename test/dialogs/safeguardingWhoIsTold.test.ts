import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { CRISIS, saidIn, TODAY, typeUntil, welcomeTyped, ABOUT_ME_TYPED } from '../support/typedWay';

/*
 * After a flag, a young person asks who will be told: "will they ring my mum??", "will that note go
 * to Mrs Patel?", "who sees the note". Each gets the same true answer about who sees the note and
 * what happens next, naming the person they asked about, kindly; never "I can't promise to keep it
 * a secret" beside "nobody reads this chat", and never "Sorry, I didn't get that". Then the
 * question they were at is asked again.
 */

const NOT_A_SECRET = /can't promise to keep it a secret/;
const MISSED = /Sorry, I didn't/;
const KEY_WORKER = /Your key worker sees your plan only if you share it/;

async function afterAFlag(safeguarding: 'lead' | 'noLead'): Promise<Transcript> {
  const chat = await Transcript.start({ today: TODAY, safeguarding });
  await typeUntil(chat, Step.aboutMeSafe, { ...welcomeTyped({ age: '13' }), ...ABOUT_ME_TYPED });
  expect(saidIn(await chat.say('not always, my step dad hits me'))).toMatch(CRISIS);
  await chat.say('im ok now');
  // With a lead, they may next be asked whether the lead can contact them.
  expect([Step.safeguardingCheck, Step.safeguardingContact]).toContain(chat.step);
  return chat;
}

describe('"will they ring my mum??" after a flag', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('without a lead: one answer, in their terms, each time; the question again with no "sorry"', async () => {
    chat = await afterAFlag('noLead');
    const asked: Array<[string, RegExp]> = [
      ['will they ring my mum??', /your mum/],
      ['will that note go to Mrs Patel?', /Mrs Patel/],
      ['who sees the note', /note/],
    ];
    for (const [typed, named] of asked) {
      const said = saidIn(await chat.say(typed));
      expect(said).toMatch(named);
      expect(said).toMatch(KEY_WORKER);
      expect(said).toMatch(/Nobody reads this chat/);
      expect(said).not.toMatch(NOT_A_SECRET);
      expect(said).not.toMatch(MISSED);
      expect([Step.safeguardingCheck, Step.safeguardingContact]).toContain(chat.step);
    }
    expect((await chat.draft())?.flags).toHaveLength(1);
  });

  it('after a reply it could not read, a question answered brings the question back with no "sorry"', async () => {
    chat = await afterAFlag('noLead');
    await chat.say('purple');
    const said = saidIn(await chat.say('who sees the note'));
    expect(said).toMatch(KEY_WORKER);
    expect(said).not.toMatch(MISSED);
  });

  it('with a lead: the lead sees it, a safe adult talks with them first, and their mum is named', async () => {
    chat = await afterAFlag('lead');
    const said = saidIn(await chat.say('will they ring my mum??'));
    expect(said).toMatch(/your mum/);
    expect(said).toMatch(/safeguarding lead/);
    expect(said).toMatch(/talk with you first/);
    expect(said).not.toMatch(MISSED);
  });

  it('at a plan question after carrying on: answered, and the question again, with nothing kept', async () => {
    chat = await afterAFlag('noLead');
    if (chat.step === Step.safeguardingContact) await chat.say('no thanks');
    await chat.say('carry on');
    expect(chat.step).toBe(Step.hopesDream);
    const said = saidIn(await chat.say('will that note go to Mrs Patel?'));
    expect(said).toMatch(/Mrs Patel/);
    expect(said).toMatch(KEY_WORKER);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });
});
