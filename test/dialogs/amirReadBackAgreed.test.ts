import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Amir, 20, in easy read, hopes to get a job. At the read-back of his goal he was asked to say it as
 * "I will ...", then his words were read back; after that "yes", the "Yes" button, the same words
 * and "keep it" were all turned away, and the goal was never agreed. Every one of them agrees the
 * sentence read back, and no question is asked a third time in the same words.
 */
const AMIR = {
  today: '2026-12-06',
  name: 'Amir',
  age: 20,
  hopes: [{ text: 'get a job', theme: 'learning_and_work' as const, needs: ['reading and travel'] }],
  journey: { mode: 'easy_read' as const },
};
const TO_READ_BACK: Record<string, string> = {
  [Step.outcomeStep]: 'stack shelves in a shop',
  [Step.outcomeWhen]: 'in a year',
  [Step.outcomeMeasure]: 'my boss says good',
  [Step.outcomeDoesForMe]: 'happy',
  [Step.outcomeMakesPossible]: 'get paid job',
  [Step.outcomeProvides]: 'job coach; bus training',
};

async function atReadBack(step = TO_READ_BACK[Step.outcomeStep]!): Promise<Transcript> {
  const { chat } = await startWith(AMIR);
  await chat.say(step);
  for (let i = 0; i < 10 && chat.step !== Step.outcomeConfirm && TO_READ_BACK[chat.step ?? '']; i++) await chat.say(TO_READ_BACK[chat.step ?? '']!);
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

/** At the read-back of words the bot could not make into a sentence, after asking once for "I will ...". */
async function atTheirWordsReadBack(words: string): Promise<Transcript> {
  const chat = await atReadBack();
  await chat.say('no');
  expect(saidIn(await chat.say(words))).toMatch(/Start with "I will"/);
  expect(saidIn(await chat.say(words))).toMatch(/Is that right\?/);
  return chat;
}

/** No question is asked three times in a row in the same words. */
function expectNoThreeInARow(chat: Transcript): void {
  const asked = chat.all.filter((a) => outcomesOf(a)?.step).map((a) => `${outcomesOf(a)!.step}|${a.text}`);
  for (let i = 2; i < asked.length; i++) expect(asked[i] === asked[i - 1] && asked[i] === asked[i - 2], `asked three times: ${asked[i]}`).toBe(false);
}

async function expectAgreed(chat: Transcript, words: RegExp): Promise<void> {
  expect(chat.step).toBe(Step.outcomeAnother);
  const outcome = (await chat.draft())!.outcomes[0]!;
  expect(outcome.confirmed).toBe(true);
  expect(outcome.statement).toMatch(words);
  expectNoThreeInARow(chat);
}

describe('Amir agrees his goal after being asked to say it as "I will ..."', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['yes', 'ye thats it', 'keep it'])('%j to his own words read back agrees the goal', async (reply) => {
    chat = await atTheirWordsReadBack('I will paid job at tesco');
    expect(saidIn(await chat.say(reply))).not.toMatch(/type it your way/);
    await expectAgreed(chat, /paid job at tesco/);
  });

  it('the "Yes, that is right" button agrees the goal', async () => {
    chat = await atTheirWordsReadBack('I will tesco job');
    await chat.say('Yes, that is right');
    await expectAgreed(chat, /tesco job/);
  });

  it('the same words typed again, then "keep it", agree the goal', async () => {
    chat = await atTheirWordsReadBack('I will paid job at tesco');
    await chat.say('I will paid job at tesco');
    expect(saidIn(await chat.say('keep it'))).not.toMatch(/type it your way/);
    await expectAgreed(chat, /paid job at tesco/);
  });

  it('"yes" to "Start with I will" reads his words back for a yes, never the same question again', async () => {
    chat = await atReadBack();
    await chat.say('no');
    await chat.say('I will tesco job');
    expect(saidIn(await chat.say('yes'))).toMatch(/tesco job.*Is that right\?/s);
    await chat.say('yes');
    await expectAgreed(chat, /tesco job/);
  });
});

describe('Amir says his goal with "I will" and a place', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each([
    ['i will stack shelfs at shop', /stack shel\w+ at shop/],
    ['I will stack shelves at supermarket', /stack shelves at supermarket/],
    ['I will stack shelves', /stack shelves/],
    ['i will fill shelfs at tesco', /fill shel\w+ at tesco/],
    ['I will water plants at the garden centre', /water plants at the garden centre/],
  ])('%j after "type it your way" is read back at once, then agreed', async (words, kept) => {
    chat = await atReadBack();
    await chat.say('no');
    const reply = saidIn(await chat.say(words));
    expect(reply).not.toMatch(/Start with "I will"/);
    expect(reply).toMatch(/Is that right\?/);
    await chat.say('yes');
    await expectAgreed(chat, kept);
  });

  it('"I will gardn centr" is still asked for as one thing he will do', async () => {
    chat = await atReadBack();
    await chat.say('no');
    expect(saidIn(await chat.say('I will gardn centr'))).toMatch(/Start with "I will"/);
  });
});

describe('Amir names work experience as his step', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['work experiens stack shelfs', 'work experiance at tesco', 'work placment in a shop'])('%j is never read back as "I will work experience ..."; he is asked to start with "I will"', async (step) => {
    chat = await atReadBack(step);
    const asked = saidIn(chat.all.slice(-1));
    expect(asked).not.toMatch(/I will work exp|I will work plac/i);
    expect(asked).toMatch(/Start with "I will"/);
    await chat.say('i will do work experience stacking shelves');
    await chat.say('yes');
    await expectAgreed(chat, /I will do work experience stacking shelves/);
  });
});

describe('"i did??" to "Start with I will"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['i did??', 'i already did', 'i said it already', 'i did start with i will'])('%j reads back the words he gave, never the help kept before', async (reply) => {
    chat = await atReadBack();
    await chat.say('no');
    expect(saidIn(await chat.say('I will tesco job'))).toMatch(/Start with "I will"/);
    const answer = saidIn(await chat.say(reply));
    expect(answer).not.toMatch(/job coach|last answer is kept/);
    expect(answer).toMatch(/I will tesco job.*Is that right\?/s);
    await chat.say('yes');
    await expectAgreed(chat, /tesco job/);
  });

  it.each(['i did it again, i cut myself', 'i already did, he hits me when i get it wrong'])('%j is still heard as a worry', async (reply) => {
    chat = await atReadBack();
    await chat.say('no');
    await chat.say('I will tesco job');
    await chat.say(reply);
    expect((await chat.draft())!.flags.length).toBeGreaterThan(0);
  });
});
