import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import { outcomesOf, type Transcript } from '../support/transcript';
import { startWith, type SeedHope } from './journeySeed';

/* "in a year" where a hope is asked for says when, not what: never kept as a hope, and the question asked again. */

const JOB: SeedHope = { text: 'get a job in a shop', theme: 'learning_and_work', needs: [] };
const texts = (replies: Partial<Activity>[]) => replies.filter((a) => !outcomesOf(a)?.step).map((a) => a.text ?? '').join('\n');

async function atTheme(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-03', name: 'Jo', age: 16, schoolYear: 11, hopes: [JOB], at: () => ({ stage: 'hopes', step: Step.hopesTheme, topic: 'independent_living' }) });
  return chat;
}

describe('a time alone is never a hope', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"in a year" at a theme question is not kept, and the question is asked again', async () => {
    chat = await atTheme();
    const replies = await chat.say('in a year');
    expect(texts(replies)).toMatch(/"in a year" sounds like when/);
    expect(chat.step).toBe(Step.hopesTheme);
    expect((await chat.draft())!.aspirations.map((a) => a.text)).toEqual([JOB.text]);
  });

  it('"live on my own in a year" is a hope with its time', async () => {
    chat = await atTheme();
    await chat.say('live on my own in a year');
    expect((await chat.draft())!.aspirations.map((a) => a.text).join(' ')).toMatch(/live on my own/);
  });

  it('"next summer" at the dream is not kept', async () => {
    ({ chat } = await startWith({ today: '2026-12-03', name: 'Jo', age: 16, schoolYear: 11, hopes: [], at: () => ({ stage: 'hopes', step: Step.hopesDream }) }));
    await chat.say('next summer');
    expect(chat.step).toBe(Step.hopesDream);
    expect((await chat.draft())!.aspirations).toEqual([]);
  });
});
