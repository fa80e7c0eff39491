import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { startWith } from './journeySeed';

/*
 * Ben, 13, wants to make 10 videos and post them. Asked how everyone would know, "theyd be on my
 * channel lol": the videos on his channel are what anyone could see, so that is the measure
 * (without "lol"), never what it would do for him.
 */

async function atMeasure(): Promise<Transcript> {
  const { chat } = await startWith({ today: '2026-12-02', name: 'Ben', age: 13, schoolYear: 8, hopes: [{ text: 'be a youtuber', theme: 'independent_living', needs: ['i find it hard to finish things'] }] });
  await chat.say('make 10 videos and post them');
  for (let turn = 0; turn < 3 && chat.step !== Step.outcomeMeasure; turn++) await chat.say('by july 2027');
  expect(chat.step).toBe(Step.outcomeMeasure);
  return chat;
}

const textOf = (replies: { text?: string }[]): string => replies.map((r) => r.text ?? '').join('\n');

describe('videos on his channel at "how would you know?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['theyd be on my channel lol', 'they would be up on youtube', 'theyll be on my tiktok for every1 to see'])('"%s" is kept as the measure', { timeout: 60000 }, async (typed) => {
    chat = await atMeasure();
    const replies = await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure ?? '').toMatch(/channel|youtube|tiktok/);
    expect(outcome.measure ?? '').not.toMatch(/lol/);
    expect(outcome.doesForMe ?? '').toBe('');
    expect(textOf(replies)).not.toMatch(/what it would do for you/);
  });
});
