import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, startWith, walkTo, type Seed } from './journeySeed';

/* Kai, 15 and in Year 10, chatting for himself in December 2026 about working in a cafe. */
const KAI: Seed = { today: '2026-12-07', name: 'Kai', age: 15, schoolYear: 10, hopes: [{ text: 'work in a cafe', theme: 'learning_and_work', needs: ['i get nervous talking to people'] }] };
const KAI_ANSWERS = {
  [Step.outcomeMeasure]: 'my boss says i did well',
  [Step.outcomeDoesForMe]: 'i will earn money',
  [Step.outcomeMakesPossible]: 'saving up',
  [Step.outcomeProvides]: 'a job coach',
};

describe('a Year 10 says when as people type', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"after yr 11 so like september next year" is September 2028, read back as "After Year 11"', async () => {
    chat = (await startWith(KAI)).chat;
    await chat.say('i will make a cup of tea for a customer');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('after yr 11 so like september next year');
    expect((await chat.draft())!.outcomes[0]!.timeframe).toEqual({ phrase: 'after yr 11', date: '2028-09-30' });
    await walkTo(chat, Step.outcomeConfirm, KAI_ANSWERS);
    const readBack = saidIn(chat.all.slice(-2));
    expect(readBack).toContain('After Year 11, I will make a cup of tea for a customer.');
    expect(readBack).not.toMatch(/so like|next year/i);
  });

  it('"soon. next season" keeps "next season"; "soon" alone asks for a time', async () => {
    chat = (await startWith({ ...KAI, hopes: [{ text: 'play football for a team', theme: 'friends_and_community', needs: [] }] })).chat;
    await chat.say('i will play a match for the team');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('soon');
    expect(chat.step).toBe(Step.outcomeWhen);
    await chat.say('soon. next season');
    expect(chat.step).not.toBe(Step.outcomeWhen);
    expect((await chat.draft())!.outcomes[0]!.timeframe?.phrase).toBe('next season');
  });
});
