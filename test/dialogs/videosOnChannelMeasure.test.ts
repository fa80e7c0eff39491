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

/*
 * Asked again after "theyd be on my channel" was kept as what it would do for him, Ben said "proud
 * init": how he would feel is never how everyone would know, so it is not the measure and the
 * measure is asked again kindly. A feeling said first is kept as what it would do for him.
 */
describe('a feeling at "how would you know?"', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"proud init" after a benefit was kept is never the measure, and the measure is asked again', { timeout: 60000 }, async () => {
    chat = await atMeasure();
    await chat.say('i would feel like a real youtuber');
    expect((await chat.draft())!.outcomes[0]!.doesForMe).toBe('i would feel like a real youtuber');
    const replies = await chat.say('proud init');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure ?? '').toBe('');
    expect(outcome.doesForMe).toBe('i would feel like a real youtuber');
    expect(chat.step).toBe(Step.outcomeMeasure);
    expect(textOf(replies)).toMatch(/what would people see you doing/i);
    await chat.say('the videos are on my channel');
    expect((await chat.draft())!.outcomes[0]!.measure).toMatch(/videos are on my channel/i);
  });

  it.each(['proud init', 'happy lol'])('"%s" said first is kept as what it would do for him, not the measure', { timeout: 60000 }, async (typed) => {
    chat = await atMeasure();
    await chat.say(typed);
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure ?? '').toBe('');
    expect(outcome.doesForMe).toBe(typed.split(' ')[0]);
    expect(chat.step).toBe(Step.outcomeMeasure);
  });
});

/*
 * At the read-back Ben put it right: "no thats wrong. how u know is the videos are on my channel.
 * proud is how id feel". How everyone will know is the videos on his channel; how he would feel is
 * never in it.
 */
describe('a feeling beside the measure put right at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('the measure is only how anyone would know', { timeout: 90000 }, async () => {
    chat = await atMeasure();
    await chat.say('my mum will watch them');
    for (const answer of ['i could get more subscribers', 'help to edit them', 'yes', 'ok']) if (chat.step !== Step.outcomeConfirm) await chat.say(answer);
    expect(chat.step).toBe(Step.outcomeConfirm);
    const replies = await chat.say('no thats wrong. how u know is the videos are on my channel. proud is how id feel');
    const outcome = (await chat.draft())!.outcomes[0]!;
    expect(outcome.measure).toMatch(/^the videos are on my channel\.?$/i);
    expect(outcome.doesForMe).toBe('i could get more subscribers');
    expect(textOf(replies)).not.toMatch(/proud/i);
  });
});

describe('the example after what it would do for him is kept', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('fits making videos, never the bus', { timeout: 60000 }, async () => {
    chat = await atMeasure();
    const replies = await chat.say('i would be a real youtuber');
    expect(textOf(replies)).toMatch(/what it would do for you/);
    expect(textOf(replies)).not.toMatch(/bus/);
  });
});
