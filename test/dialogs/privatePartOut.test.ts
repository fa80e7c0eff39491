import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn, typedTo } from '../support/typedWay';

/*
 * At the hopes question: "get the bus to town on my own and like earn my own money. my mum cant
 * really give me money rn cos shes not allowed the card", then "i dont want it in my plan". The
 * whole sentence stayed in the plan. Now the private part comes out, the hope's own words stay,
 * and the bot says so; when it cannot tell which part, it asks. The request is no "no".
 */

const EASY_15 = { mode: 'Easy read', age: '15' } as const;
const hopesOf = async (chat: Transcript) => (await chat.draft())?.aspirations.map((a) => a.text);

describe('"i dont want it in my plan" after a hope with something private beside it', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('takes the private part out and keeps the hope in its own words', async () => {
    chat = await typedTo(Step.hopesDream, EASY_15);
    await chat.say('get the bus to town on my own and like earn my own money. my mum cant really give me money rn cos shes not allowed the card');
    const said = saidIn(await chat.say('i dont want it in my plan'));
    expect(said).toMatch(/took that part out/);
    expect(await hopesOf(chat)).toEqual(['get the bus to town on my own and earn my own money']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it.each([
    ['go to college and do art. my brother went there and hated it', 'dont put that in my plan', 'go to college and do art'],
    ['earn my own money cos my mum cant give me any', 'i dont want that in my plan', 'earn my own money'],
  ])('%j then %j keeps %j', async (hope, asked, left) => {
    chat = await typedTo(Step.hopesDream, EASY_15);
    await chat.say(hope);
    await chat.say(asked);
    expect(await hopesOf(chat)).toEqual([left]);
  });

  it('asks which part when it cannot tell, and keeps the hope as it was', async () => {
    chat = await typedTo(Step.hopesDream, EASY_15);
    await chat.say('be a vet');
    const said = saidIn(await chat.say('i dont want it in my plan'));
    expect(said).toMatch(/Which part should I take out\?/);
    expect(await hopesOf(chat)).toEqual(['be a vet']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"i want it in my plan" changes nothing', async () => {
    chat = await typedTo(Step.hopesDream, EASY_15);
    await chat.say('get the bus to town on my own cos my mum cant drive');
    const said = saidIn(await chat.say('i want it in my plan'));
    expect(said).not.toMatch(/took that part out|Which part/);
    expect(await hopesOf(chat)).toContain('get the bus to town on my own cos my mum cant drive');
  });
});
