import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { MAX_OPEN_HOPES } from '../../dialogs/hopesDialog';
import { THEMES, type ThemeId } from '../../src/domain/draft';
import { Transcript, outcomesOf } from '../support/transcript';
import { MORE_CASES } from './hopes.cases';
import { throughAboutMe, throughWelcome, type Person } from './throughWelcome';

/** Answers "nothing" to every theme question, returning the themes asked about in order. */
async function declineThemes(chat: Transcript): Promise<{ asked: string[]; lastReplies: Partial<Activity>[] }> {
  const asked: string[] = [];
  let lastReplies: Partial<Activity>[] = [];
  let open = chat.lastQuestion;
  while (open?.step === Step.hopesTheme && asked.length < 8) {
    asked.push(open.topic!);
    lastReplies = await chat.say('Nothing for now');
    open = lastReplies.some((a) => outcomesOf(a)?.step) ? chat.lastQuestion : undefined;
  }
  return { asked, lastReplies };
}

async function atDream(person: Person = {}): Promise<Transcript> {
  const chat = await throughWelcome(person);
  await throughAboutMe(chat);
  return chat;
}

describe('hopes and dreams', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('keeps the open dream first, with its theme, and reads it back', async () => {
    chat = await atDream();
    const replies = await chat.say('I want to work with animals as a vet');
    expect(chat.step).toBe(Step.hopesMore);
    expect(chat.lastQuestion?.choices).toHaveLength(2);
    const draft = await chat.draft();
    expect(draft?.aspirations).toEqual([{ id: expect.any(String), text: 'I want to work with animals as a vet', theme: 'learning_and_work' }]);
    const readBack = replies.filter((a) => !outcomesOf(a));
    expect(readBack.some((a) => a.text?.includes('I want to work with animals as a vet'))).toBe(true);
  });

  it('asks what support offered as a hope would help them do one day, keeping the support for section A', async () => {
    chat = await atDream();
    await chat.say('more help in class');
    expect(chat.step).toBe(Step.hopesDream);
    expect(chat.lastQuestion?.activity.text).toMatch(/"more help in class".*help you do one day/);
    expect((await chat.draft())?.aspirations).toEqual([]);
    await chat.say('get a job in a garage');
    expect(chat.step).toBe(Step.hopesMore);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['get a job in a garage']);
    expect(draft.aboutMe.support).toContain('more help in class');
  });

  it('keeps a hope said with the help it needs as a hope, and the help for section A', async () => {
    chat = await atDream();
    await chat.say('I will pass my maths if I have a tutor');
    expect(chat.step).toBe(Step.hopesMore);
    const draft = (await chat.draft())!;
    expect(draft.aspirations.map((a) => a.text)).toEqual(['I will pass my maths if I have a tutor']);
    expect(draft.aboutMe.support).toContain('a tutor');
  });

  it('quotes a long hope briefly in its read-back and keeps it whole', async () => {
    chat = await atDream();
    const long = 'I really like space and I watch all the documentaries about the planets and the stars and black holes and I want to be an astronaut one day';
    const replies = await chat.say(long);
    const readBack = replies.filter((a) => !outcomesOf(a)).map((a) => a.text ?? '').join(' ');
    expect(readBack).not.toContain(long);
    expect(readBack).toContain('I really like space');
    expect((await chat.draft())?.aspirations[0]?.text).toBe(long);
  });

  for (const c of MORE_CASES) {
    it(`at "another hope?" reads "${c.says}" as ${c.kept ? 'a new hope' : c.step}`, async () => {
      chat = await atDream();
      await chat.say('I want to be a vet');
      await chat.say(c.says);
      expect(chat.step).toBe(c.step);
      const texts = (await chat.draft())?.aspirations.map((a) => a.text);
      expect(texts).toEqual(c.kept ? ['I want to be a vet', c.kept] : ['I want to be a vet']);
    });
  }

  it('from Year 9 explores every Preparing for Adulthood theme not yet covered', async () => {
    chat = await atDream({ age: 'Year 9' });
    await chat.say('I want to be a vet');
    await chat.say('no');
    const { asked } = await declineThemes(chat);
    expect(asked).toEqual(THEMES.filter((t) => t !== 'learning_and_work'));
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('for a younger child asks about themes only until two are covered', async () => {
    chat = await atDream({ who: 'A parent or carer', name: 'Amira', age: '3' });
    await chat.say('to go to school with her friends');
    await chat.say('no');
    expect(chat.step).toBe(Step.hopesTheme);
    const first = chat.lastQuestion?.topic as ThemeId;
    expect(chat.lastQuestion?.activity.text).toContain('Amira');
    // An answer the analysis cannot place takes the theme being asked about.
    await chat.say('Something purple and sparkly');
    const hopes = (await chat.draft())?.aspirations ?? [];
    expect(hopes.at(-1)).toMatchObject({ text: 'Something purple and sparkly', theme: first });
    expect(new Set(hopes.map((h) => h.theme)).size).toBeGreaterThanOrEqual(2);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('moves to the next theme after "no" at a theme, storing nothing', async () => {
    chat = await atDream();
    await chat.say('I want to be a vet');
    await chat.say('no');
    const first = chat.lastQuestion?.topic;
    await chat.say('no');
    expect(chat.step).toBe(Step.hopesTheme);
    expect(chat.lastQuestion?.topic).not.toBe(first);
    expect((await chat.draft())?.aspirations).toHaveLength(1);
  });

  it.each(['nothin 4 now', 'nuthin fr now', 'nah nothin'])('"%s" at a theme is nothing for now, never a hope', async (typed) => {
    chat = await atDream();
    await chat.say('get a job in a shop');
    await chat.say('no');
    const first = chat.lastQuestion?.topic;
    await chat.say(typed);
    expect(chat.lastQuestion?.topic).not.toBe(first);
    expect((await chat.draft())?.aspirations.map((a) => a.text)).toEqual(['get a job in a shop']);
  });

  it('asks "what would you like?" after a bare yes at a theme, then keeps the answer there', async () => {
    chat = await atDream();
    await chat.say('I want to be a vet');
    await chat.say('no');
    const theme = chat.lastQuestion?.topic;
    await chat.say('yes');
    expect(chat.step).toBe(Step.hopesTheme);
    expect(chat.lastQuestion?.topic).toBe(theme);
    await chat.say('Something purple and sparkly');
    expect((await chat.draft())?.aspirations.at(-1)).toMatchObject({ text: 'Something purple and sparkly', theme });
  });

  it(`asks for at most ${MAX_OPEN_HOPES} open hopes before the themes`, async () => {
    chat = await atDream();
    await chat.say('I want to be a vet');
    await chat.say('yes, go to college');
    expect(chat.step).toBe(Step.hopesMore);
    await chat.say('yes, get a job in a zoo');
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())?.aspirations).toHaveLength(MAX_OPEN_HOPES);
  });

  it('keeps no more than six hopes in all', async () => {
    chat = await atDream();
    await chat.say('Something purple');
    await chat.say('yes, something sparkly');
    await chat.say('yes, something shiny');
    let turns = 0;
    let asked = chat.step === Step.hopesTheme;
    while (asked && turns++ < 8) asked = (await chat.say('Something glittery')).some((a) => outcomesOf(a)?.step === Step.hopesTheme);
    expect((await chat.draft())?.aspirations.length).toBeLessThanOrEqual(6);
    expect(chat.step).toBe(Step.needsBarrier);
  });

  it('skipping the dream goes to the themes without keeping anything', async () => {
    chat = await atDream();
    await chat.say('skip');
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });

  it('with no hopes at all, the needs questions are not asked', async () => {
    chat = await atDream();
    await chat.say('nothing');
    const { asked, lastReplies } = await declineThemes(chat);
    expect(asked).toHaveLength(4);
    const steps = lastReplies.map((a) => outcomesOf(a)?.step ?? '');
    expect(steps.filter((step) => step.startsWith('hopes.') || step.startsWith('needs.'))).toEqual([]);
    expect((await chat.draft())?.aspirations).toEqual([]);
  });
});
