import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Draft } from '../../src/domain/draft';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

/*
 * Asked back at "That sounds hard. Are you OK?": "why u keep askin that" or "why is it hard" gets a short
 * true answer (why the bot asked), never "Sorry, I was not clear"; "yeh im ok" beside it is still a yes.
 */

const WORRY = 'everything is too much at the moment';
let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

async function shayAtTheCheck(options: { safeguarding?: 'lead' } = {}): Promise<Transcript> {
  ({ chat } = await startWith({
    today: '2026-12-02', name: 'Shay', age: 22, hopes: [],
    change: (d: Draft): Draft => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
    journey: { mode: 'easy_read' },
    at: () => ({ stage: 'hopes', step: Step.hopesDream }),
  }, options));
  expect(saidIn(await chat.say(WORRY))).toMatch(/Are you OK/);
  return chat;
}

describe('why the bot asked if they are OK', () => {
  it.each(['why u keep askin that', 'why do you keep asking that'])('"%s" gets a short true answer and the same question', async (typed) => {
    const chat = await shayAtTheCheck();
    const said = saidIn(await chat.say(typed));
    expect(said).toMatch(/I asked to check/);
    expect(said).not.toMatch(/not clear/);
    expect(chat.step).toBe(Step.safeguardingCheck);
  });

  it('"yeh im ok. why is it hard" is a yes, with why the bot asked', async () => {
    const chat = await shayAtTheCheck();
    const said = saidIn(await chat.say('yeh im ok. why is it hard'));
    expect(said).toMatch(/I asked to check/);
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())?.flags).toEqual([]);
  });
});

describe('why the bot asked, with more told beside it', () => {
  it('"why u keep askin that. he waits outside my house every night" then "no": what he does goes with the concern', async () => {
    const chat = await shayAtTheCheck({ safeguarding: 'lead' });
    await chat.say('why u keep askin that. he waits outside my house every night');
    await chat.say('no');
    const [raised] = await chat.concerns!.list();
    expect(raised).toBeDefined();
    expect(JSON.stringify(await chat.concerns!.get(raised!.id))).toMatch(/waits outside my house/);
  });
});
