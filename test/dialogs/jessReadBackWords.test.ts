import { afterEach, describe, expect, it } from 'vitest';
import { Step } from '../../dialogs/ids';
import type { Transcript } from '../support/transcript';
import { saidIn } from './journeySeed';
import { BUS_HOPE, BUS_WAY, jessTyping } from './jessSeed';

/* Jess (16, Year 11) at the read-back of her bus outcome asks for words to go back in, and out. */

async function atTheReadBack(): Promise<Transcript> {
  const chat = await jessTyping(BUS_HOPE, ['get the 23 bus to town on my own', ...BUS_WAY]);
  expect(chat.step).toBe(Step.outcomeConfirm);
  return chat;
}

const statement = async (chat: Transcript) => (await chat.draft())!.outcomes[0]!.statement;

describe('words put back in, or taken out, at the read-back', () => {
  let chat: Transcript;
  afterEach(async () => chat?.close());

  it.each(['can you put once a week back in', 'put once a week back in please', 'can you add once a week again'])('"%s" adds only "once a week"', async (typed) => {
    chat = await atTheReadBack();
    await chat.say(typed);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(await statement(chat)).toMatch(/on my own once a week\.$/);
  });

  it('"take out back in lol" takes those words out of the sentence, never the whole outcome', async () => {
    chat = await atTheReadBack();
    await chat.say('change it to get the 23 bus to town on my own once a week back in');
    expect(await statement(chat)).toMatch(/back in\.$/);
    await chat.say('take out back in lol');
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(chat.lastQuestion?.choices).not.toEqual(['Yes', 'No']);
    expect(await statement(chat)).toMatch(/on my own once a week\.$/);
    expect((await chat.draft())!.outcomes).toHaveLength(1);
  });

  it('words to take out that are not there change nothing', async () => {
    chat = await atTheReadBack();
    const before = await statement(chat);
    const said = saidIn(await chat.say('take out back in lol'));
    expect(said).toMatch(/can't find "back in"/);
    expect(chat.step).toBe(Step.outcomeConfirm);
    expect(await statement(chat)).toBe(before);
  });
});
