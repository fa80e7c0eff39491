import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * Harvey, when two of his hopes overlapped: "isnt that kind of the same as the college one?". A
 * question, not an order: the bot offers to put them together ("Shall I put them together as one
 * hope?"); yes joins them, no keeps both.
 */

let chat: Transcript | undefined;
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

const hopes = async () => (await chat!.draft())!.aspirations.map((a) => a.text);

async function withTwoGameHopes(): Promise<Transcript> {
  chat = await typedTo(Step.hopesMore, { name: 'Harvey', age: '15' }, { [Step.hopesDream]: 'go to college and do games design' });
  await chat.say('make my own games');
  expect(await hopes()).toEqual(['go to college and do games design', 'make my own games']);
  return chat;
}

describe('"isnt that kind of the same as the college one?"', () => {
  it('offers to put them together, and yes joins them into the college one', async () => {
    await withTwoGameHopes();
    const step = chat!.step;
    const replies = await chat!.say('isnt that kind of the same as the college one?');
    expect(saidIn(replies)).toMatch(/together as one hope/);
    expect(await hopes()).toHaveLength(2);
    await chat!.say('yeah');
    expect(await hopes()).toEqual(['go to college and do games design']);
    expect(chat!.step).toBe(step);
  });

  it('no keeps both hopes', async () => {
    await withTwoGameHopes();
    const step = chat!.step;
    await chat!.say('is that the same as the college one?');
    await chat!.say('no keep them both');
    expect(await hopes()).toEqual(['go to college and do games design', 'make my own games']);
    expect(chat!.step).toBe(step);
  });

  it('a plain disclosure after the offer is still heard', async () => {
    await withTwoGameHopes();
    await chat!.say('isnt that kind of the same as the college one?');
    await chat!.say('i want to die');
    expect(chat!.step).toBe(Step.safeguardingCheck);
  });
});
