import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { Transcript } from '../support/transcript';
import { throughWelcome, type Person } from './throughWelcome';

/*
 * "Do you feel safe at home, at school and online?" names places that fit the young person, and
 * what the bot says after it speaks to an adult as an adult: "someone you trust".
 */

const textOf = (replies: ReadonlyArray<Partial<Activity>>) => replies.map((a) => a.text ?? '').join('\n');
const EASY_READ_MAX_WORDS = 15;

async function atSafeQuestion(person: Person): Promise<Transcript> {
  const chat = await throughWelcome(person);
  await chat.say('i make people laugh');
  await chat.say('my gaming mates');
  await chat.say('give me time to answer');
  expect(chat.step).toBe(Step.aboutMeSafe);
  return chat;
}

const question = (chat: Transcript) => chat.lastQuestion?.activity.text ?? '';

describe('the safety question fits where the young person is', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 20-year-old is asked about where they live and go, not school, and "yeah" is told "someone you trust"', async () => {
    chat = await atSafeQuestion({ age: 'im 20' });
    expect(question(chat)).toBe('Do you feel safe where you live, when you go out, and online?');
    const replies = textOf(await chat.say('yeah'));
    expect(replies).toMatch(/someone you trust/);
    expect(replies).not.toMatch(/adult you trust|trusted adult/);
    expect(chat.step).toBe(Step.hopesDream);
  });

  it('in easy read, a 20-year-old hears short sentences with no school and no "adult you trust"', async () => {
    chat = await atSafeQuestion({ mode: 'Easy read', age: '20' });
    expect(question(chat)).not.toMatch(/school/);
    expect(question(chat).split(/\s+/).length).toBeLessThanOrEqual(EASY_READ_MAX_WORDS);
    const replies = textOf(await chat.say('yes'));
    expect(replies).toMatch(/I am glad\. You can tell someone you trust any time\./);
    expect(replies).not.toMatch(/adult you trust/);
  });

  it('someone of 15 who is home educated is not asked about school', async () => {
    chat = await atSafeQuestion({ age: '15, home educated' });
    expect((await chat.draft())?.youngPerson.education).toBe('not_at_school');
    expect(question(chat)).toMatch(/where you live, when you go out, and online/);
  });

  it('a 17-year-old at college is asked about college or work', async () => {
    chat = await atSafeQuestion({ age: '17 at college' });
    expect(question(chat)).toBe('Do you feel safe at home, at college or work, and online?');
    const replies = textOf(await chat.say('yes'));
    // Still under 18: a trusted adult is the right person to tell.
    expect(replies).toMatch(/trusted adult/);
  });

  it('a Year 10 pupil is asked about school, as before', async () => {
    chat = await atSafeQuestion({ age: 'Year 10' });
    expect(question(chat)).toBe('Do you feel safe at home, at school and online?');
  });

  it('a parent of a 20-year-old is asked about where they live and go, and told of their key worker, not their school', async () => {
    chat = await atSafeQuestion({ who: 'A parent or carer', name: 'Leo', age: 'hes 20' });
    expect(question(chat)).toBe('Does Leo feel safe where they live, when they go out, and online?');
    const replies = textOf(await chat.say('rather not say'));
    expect(replies).toMatch(/key worker/);
    expect(replies).not.toMatch(/school/);
  });
});

describe('an autumn age with "not at school" as the school year', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is kept, and the safety question names no school', async () => {
    chat = await Transcript.start({ today: '2025-10-06' });
    for (const said of ['Standard words', "Yes, that's OK", 'Me, about myself', 'Kai', '16']) await chat.say(said);
    expect(chat.step).toBe(Step.welcomeAge);
    await chat.say('not at school');
    expect((await chat.draft())?.youngPerson.education).toBe('not_at_school');
    for (const said of ['No code', 'i am good at fixing bikes', 'my mum', 'dont rush me']) await chat.say(said);
    expect(chat.step).toBe(Step.aboutMeSafe);
    expect(question(chat)).toBe('Do you feel safe where you live, when you go out, and online?');
  });
});

describe('after a worry, an adult is told "someone you trust"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('a 20-year-old who is not always safe, then safe now, never hears "adult you trust"', async () => {
    chat = await atSafeQuestion({ age: '20' });
    const said = [textOf(await chat.say('not really'))];
    expect(chat.step).toBe(Step.safeguardingCheck);
    said.push(textOf(await chat.say('yes im safe now')));
    said.push(textOf(await chat.say('who do i tell')));
    const all = said.join('\n');
    expect(all).toMatch(/someone you trust/);
    expect(all).not.toMatch(/adult you trust|trusted adult/);
  });

  it('a Year 10 pupil who says the same is still told of an adult they trust', async () => {
    chat = await atSafeQuestion({ age: 'Year 10' });
    await chat.say('not really');
    const safeNow = textOf(await chat.say('yes im safe now'));
    expect(safeNow).toMatch(/adult you trust/);
  });
});

describe('a parent or carer of a young adult who is not always safe', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('is pointed to help for adults at risk, not the NSPCC, in easy read too', async () => {
    chat = await atSafeQuestion({ mode: 'Easy read', who: 'A parent or carer', name: 'Leo', age: 'hes 20' });
    const said = [textOf(await chat.say('not always'))];
    expect(chat.step).toBe(Step.safeguardingCheck);
    said.push(textOf(await chat.say('yes we are safe')));
    const all = said.join('\n');
    expect(all).toMatch(/adult social care/);
    expect(all).toMatch(/999/);
    expect(all).not.toMatch(/NSPCC|worried about a child|a child in danger/);
  });

  it('a parent of a Year 10 pupil still hears of the NSPCC', async () => {
    chat = await atSafeQuestion({ who: 'A parent or carer', name: 'Leo', age: 'Year 10' });
    expect(textOf(await chat.say('not always'))).toMatch(/NSPCC/);
  });
});
