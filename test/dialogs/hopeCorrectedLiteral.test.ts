import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from '../support/typedWay';
import { startWith, type SeedHope } from './journeySeed';
import { throughAboutMe, throughWelcome } from './throughWelcome';

/*
 * Zara, 16, Year 11, reads every word literally and says so when the bot gets it wrong. What she says
 * about the hopes just kept puts them right there and then: "i said ...", "change it to: ...", "it
 * should say ...", "delete all three and put: ...", "delete the last two hopes". None of it is kept
 * as a hope, and the bot never both asks what to change and keeps something.
 */

const TODAY = '2026-12-07';
const WANTED = 'i want to work with animals, maybe as a vet nurse';
const hopesOf = async (chat: Transcript) => ((await chat.draft())?.aspirations ?? []).map((a) => a.text);
const hope = (text: string): SeedHope => ({ text, theme: 'learning_and_work', needs: [] });

async function atMore(hopes: SeedHope[]): Promise<Transcript> {
  const { chat } = await startWith({ today: TODAY, name: 'Zara', age: 16, schoolYear: 11, hopes, at: () => ({ stage: 'hopes', step: Step.hopesMore }) });
  return chat;
}

describe('Zara puts the hopes just kept right', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it('"i already said. i want to work with animals. maybe a vet nurse." at the dream: kept as she said it, "maybe" too, with no sorry', async () => {
    chat = await throughWelcome({ name: 'Zara', age: 'Year 11' });
    await throughAboutMe(chat);
    const replies = saidIn(await chat.say('i already said. i want to work with animals. maybe a vet nurse.'));
    expect(replies).not.toMatch(/sorry/i);
    expect(await hopesOf(chat)).toEqual(['i want to work with animals. maybe a vet nurse.']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"that\'s not what i said. i said maybe a vet nurse." puts her words back in the hope just kept, read back once, kept as nothing else', async () => {
    chat = await atMore([hope('i want to work with animals. a vet nurse.')]);
    const replies = saidIn(await chat.say("that's not what i said. i said maybe a vet nurse. i'm not sure yet."));
    expect(await hopesOf(chat)).toEqual(['i want to work with animals. maybe a vet nurse']);
    expect(replies.match(/maybe a vet nurse/gi)).toHaveLength(1);
    expect(replies).not.toMatch(/help that works/i);
    expect((await chat.draft())!.needs).toEqual([]);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"no. change it to: ..." changes the hope just kept to her words', async () => {
    chat = await atMore([hope('i want to work with animals. a vet nurse.')]);
    const replies = saidIn(await chat.say(`no. change it to: ${WANTED}.`));
    expect(replies).not.toMatch(/haven't kept that as an answer/i);
    expect(await hopesOf(chat)).toEqual([WANTED]);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"change it to: ..." changes the newest hope, never an older one sharing its words', async () => {
    chat = await atMore([hope('i want to work with animals at a farm'), hope('a vet nurse')]);
    await chat.say(`no. change it to: ${WANTED}.`);
    expect(await hopesOf(chat)).toEqual(['i want to work with animals at a farm', WANTED]);
  });

  it('"the hope is wrong. it should say ..." replaces the wrong hope; no new hope, and no question what to change', async () => {
    chat = await atMore([hope('i want to work with animals. a vet nurse.')]);
    const replies = saidIn(await chat.say(`i did tell you what to change. the hope is wrong. it should say ${WANTED}.`));
    expect(replies).not.toMatch(/what should .* say instead/i);
    expect(await hopesOf(chat)).toEqual([WANTED]);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"the hope is wrong. i want to work with animals" replaces the wrong hope with those words; nothing kept beside it', async () => {
    chat = await atMore([hope('i want to work with animals. a vet nurse.')]);
    const replies = saidIn(await chat.say('the hope is wrong. i want to work with animals'));
    expect(replies).toMatch(/taken out "i want to work with animals\. a vet nurse"/i);
    expect(replies).toMatch(/hopes is: i want to work with animals\s*$/im);
    expect(replies).not.toMatch(/what should .* say instead/i);
    expect(await hopesOf(chat)).toEqual(['i want to work with animals']);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"delete all three and put: ..." takes the three out after one yes, then keeps her words as the one hope', async () => {
    chat = await atMore([hope('i want to work with animals. a vet nurse.'), hope('it should say i want to work with animals'), hope('those are all wrong')]);
    const asked = saidIn(await chat.say(`those are all wrong. there is only one hope. delete all three and put: ${WANTED}.`));
    expect(asked).toMatch(/take out/i);
    expect(asked).toContain(WANTED);
    expect((await hopesOf(chat))).toHaveLength(3);
    await chat.say('yes');
    expect(await hopesOf(chat)).toEqual([WANTED]);
    expect(chat.step).toBe(Step.hopesMore);
  });

  it('"stop. you keep saving things ... delete the last two hopes." takes those two out after one yes, sorry said once', async () => {
    chat = await atMore([hope(WANTED), hope('those are all wrong. there is only one hope.'), hope('delete all three and put: i want to work with animals')]);
    const asked = saidIn(await chat.say('stop. you keep saving things i say to you as hopes. delete the last two hopes.'));
    expect(asked).not.toMatch(/couldn't tell which part/i);
    expect(asked.match(/sorry/gi) ?? []).toHaveLength(1);
    expect(asked).toMatch(/those are all wrong.*delete all three/is);
    expect(asked).not.toMatch(/vet nurse/);
    await chat.say('yes');
    expect(await hopesOf(chat)).toEqual([WANTED]);
  });

  it('her messages in turn, from the dream: one hope, in her words, and nothing she said to the bot kept', async () => {
    chat = await throughWelcome({ name: 'Zara', age: 'Year 11' });
    await throughAboutMe(chat);
    await chat.say('i already said. i want to work with animals. maybe a vet nurse.');
    await chat.say("that's not what i said. i said maybe a vet nurse. i'm not sure yet.");
    expect(await hopesOf(chat)).toEqual(['i want to work with animals. maybe a vet nurse.']);
    await chat.say(`no. change it to: ${WANTED}.`);
    await chat.say(`i did tell you what to change. the hope is wrong. it should say ${WANTED}.`);
    expect(await hopesOf(chat)).toEqual([WANTED]);
    expect((await chat.draft())!.needs).toEqual([]);
    expect(chat.step).toBe(Step.hopesMore);
  });
});
