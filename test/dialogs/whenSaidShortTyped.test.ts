import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith } from './journeySeed';

const COLLEGE = { text: 'go to college to learn to cook', theme: 'learning_and_work' as const, needs: ['I cannot hear the teacher'] };

async function atByWhen(): Promise<Transcript> {
  const { chat } = await startWith({
    today: '2025-03-10',
    name: 'Aisha',
    age: 15,
    schoolYear: 10,
    hopes: [COLLEGE],
    change: (d) => ({ ...d, youngPerson: { ...d.youngPerson, readingMode: 'easy_read' } }),
  });
  await chat.say('visit the college with my mum and ask about the cooking course');
  expect(chat.step).toBe(Step.outcomeWhen);
  return chat;
}

describe('"by when?" answered in few words', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['end year 11', 'end yr 11', 'end of y11'])('"%s" is read as the end of Year 11', async (typed) => {
    chat = await atByWhen();
    const replies = await chat.say(typed);
    expect(saidIn(replies)).not.toMatch(/did not get the time/i);
    expect(chat.step).not.toBe(Step.outcomeWhen);
    const outcome = (await chat.draft())?.outcomes[0];
    expect(outcome?.timeframe?.date).toBe('2026-07-22');
  });
});
